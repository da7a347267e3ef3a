import { describe, expect, it } from 'vitest';
import { adjacentEvents } from './eventNav';

const ACTIONS = [
	{ id: 'c', date: '2020-08-05' },
	{ id: 'a', date: '2015' },
	{ id: 'b2', date: '2015-01-01' },
	{ id: 'b1', date: '2015-01' },
	{ id: 'd', date: '2022-01-18' }
];

describe('adjacentEvents', () => {
	it.each([
		// 2015, 2015-01 and 2015-01-01 all count from 1 January 2015: ties go by id.
		{ id: 'a', previous: null, next: 'b1' },
		{ id: 'b1', previous: 'a', next: 'b2' },
		{ id: 'b2', previous: 'b1', next: 'c' },
		{ id: 'c', previous: 'b2', next: 'd' },
		{ id: 'd', previous: 'c', next: null }
	])('$id: $previous ← → $next', ({ id, previous, next }) => {
		const around = adjacentEvents(ACTIONS, id);
		expect(around.previous?.id ?? null).toBe(previous);
		expect(around.next?.id ?? null).toBe(next);
	});

	it('names the unknown id', () => {
		expect(() => adjacentEvents(ACTIONS, 'zz')).toThrow('no action has the id "zz"');
	});

	it('a single action has no neighbours', () => {
		expect(adjacentEvents([{ id: 'x', date: '2020' }], 'x')).toEqual({ previous: null, next: null });
	});
});
