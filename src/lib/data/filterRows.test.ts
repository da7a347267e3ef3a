import { describe, expect, it } from 'vitest';
import { filterRows, foldText } from './filterRows';

interface Row {
	id: string;
	name: string;
	city: string | null;
}
const ROWS: Row[] = [
	{ id: 'a', name: 'Alibaba Cloud US (Silicon Valley)', city: 'San Mateo' },
	{ id: 'b', name: 'AWS Europe (Frankfurt)', city: 'Frankfurt' },
	{ id: 'c', name: 'OVHcloud Genève', city: 'Genève' },
	{ id: 'd', name: 'Unnamed', city: null }
];
const texts = (r: Row) => [r.name, r.city];

describe('foldText', () => {
	it.each([
		['Genève', 'geneve'],
		['  ÉTATS-Unis  ', 'etats-unis'],
		['a\t\nb', 'a b'],
		['', '']
	])('%j → %j', (input, expected) => {
		expect(foldText(input)).toBe(expected);
	});
});

describe('filterRows', () => {
	it.each([
		{ query: '', expected: 'a b c d' },
		{ query: '   ', expected: 'a b c d' },
		{ query: 'frankfurt', expected: 'b' },
		{ query: 'FRANK', expected: 'b' },
		{ query: 'geneve', expected: 'c' },
		{ query: 'Genève', expected: 'c' },
		{ query: 'cloud', expected: 'a c' },
		{ query: 'cloud valley', expected: 'a' },
		{ query: 'mateo silicon', expected: 'a' },
		{ query: 'cloud paris', expected: '' },
		{ query: 'unnamed', expected: 'd' },
		{ query: 'null', expected: '' }
	])('"$query" keeps $expected', ({ query, expected }) => {
		expect(
			filterRows(ROWS, query, texts)
				.map((r) => r.id)
				.join(' ')
		).toBe(expected);
	});

	it('returns a new array, in the original order', () => {
		const out = filterRows(ROWS, '', texts);
		expect(out).not.toBe(ROWS);
		expect(out).toEqual(ROWS);
	});
});
