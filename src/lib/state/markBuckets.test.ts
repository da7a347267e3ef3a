import { describe, expect, it } from 'vitest';
import { bucketed, type GroupAt } from './markBuckets';
import type { MarkerGroup } from '../data/model';

/** Ten groups, the i-th starting on day 10 i, present from then on if `shown` says so. */
const groups: MarkerGroup[] = Array.from({ length: 10 }, (_, i) => ({
	id: `g${i}`,
	x: i,
	y: i,
	place: `P${i}`,
	items: [`r${i}`],
	starts: [10 * i],
	ends: []
}));
const marks = new Map(groups.map((g) => [g.id, { group: g, count: 1, lead: g.items[0], recent: false } as GroupAt]));

function draw(t: number, last: GroupAt[][], hidden = new Set<string>(), asked: string[] = []) {
	return bucketed(
		groups,
		t,
		last,
		(g) => {
			asked.push(g.id);
			return g.starts[0] <= t && !hidden.has(g.id) ? marks.get(g.id)! : null;
		},
		4
	);
}

const ids = (buckets: GroupAt[][]) => buckets.map((b) => b.map((m) => m.group.id));

describe('bucketed', () => {
	it('splits the groups drawn at a day into buckets of the groups, in order', () => {
		expect(ids(draw(55, [], new Set(['g1'])))).toEqual([['g0', 'g2', 'g3'], ['g4', 'g5'], []]);
	});

	it('does not look at the groups that start after the day', () => {
		const asked: string[] = [];
		draw(25, [], new Set(), asked);
		expect(asked).toEqual(['g0', 'g1', 'g2']);
	});

	it('hands back the last array of a bucket nothing changed in, and a new one for the others', () => {
		const before = draw(45, []);
		const after = draw(55, before);
		expect(after[0]).toBe(before[0]);
		expect(after[1]).not.toBe(before[1]);
		expect(after[2]).toBe(before[2]);
		expect(ids(after)).toEqual([['g0', 'g1', 'g2', 'g3'], ['g4', 'g5'], []]);
		// A mark that changes without the bucket's length changing still makes it new.
		const changed = new Map(marks);
		const swapped = bucketed(
			groups,
			55,
			after,
			(g) => (g.id === 'g1' ? { ...marks.get('g1')!, count: 2 } : g.starts[0] <= 55 ? changed.get(g.id)! : null),
			4
		);
		expect(swapped[0]).not.toBe(after[0]);
		expect(swapped[1]).toBe(after[1]);
	});
});
