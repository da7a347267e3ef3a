import { describe, expect, it } from 'vitest';
import { sortRows, type SortDirection, type SortValue } from './sortRows';

interface Row {
	id: string;
	v: SortValue;
}
const rows = (...values: SortValue[]): Row[] => values.map((v, i) => ({ id: `r${i}`, v }));
const ids = (sorted: Row[]) => sorted.map((r) => r.id).join(' ');

describe('sortRows', () => {
	it.each<{ name: string; input: Row[]; direction: SortDirection; locale?: string; expected: string }>([
		{ name: 'numbers ascending', input: rows(3, 1, 2), direction: 'ascending', expected: 'r1 r2 r0' },
		{ name: 'numbers descending', input: rows(3, 1, 2), direction: 'descending', expected: 'r0 r2 r1' },
		{ name: 'negative numbers', input: rows(-77, 10, -122), direction: 'ascending', expected: 'r2 r0 r1' },
		{ name: 'text ignores case', input: rows('b', 'A', 'c'), direction: 'ascending', expected: 'r1 r0 r2' },
		{
			name: 'text ignores accents',
			input: rows('Évry', 'Eindhoven', 'Frankfurt'),
			direction: 'ascending',
			expected: 'r1 r0 r2'
		},
		{
			name: 'digits in text as numbers',
			input: rows('eu-west-10', 'eu-west-2'),
			direction: 'ascending',
			expected: 'r1 r0'
		},
		{
			name: 'empty last ascending',
			input: rows(null, 'b', '', 'a', undefined),
			direction: 'ascending',
			expected: 'r3 r1 r0 r2 r4'
		},
		{ name: 'empty last descending', input: rows(null, 'b', 'a'), direction: 'descending', expected: 'r1 r2 r0' },
		{
			name: 'stable on ties ascending',
			input: rows('x', 'y', 'x', 'X'),
			direction: 'ascending',
			expected: 'r0 r2 r3 r1'
		},
		{ name: 'stable on ties descending', input: rows('x', 'y', 'x'), direction: 'descending', expected: 'r1 r0 r2' },
		{ name: 'numbers before text', input: rows('a', 2), direction: 'ascending', expected: 'r1 r0' },
		{ name: 'nothing to sort', input: [], direction: 'ascending', expected: '' }
	])('$name', ({ input, direction, locale, expected }) => {
		expect(ids(sortRows(input, (r) => r.v, direction, locale))).toBe(expected);
	});

	it('leaves its input alone', () => {
		const input = rows(2, 1);
		sortRows(input, (r) => r.v, 'ascending');
		expect(ids(input)).toBe('r0 r1');
	});
});
