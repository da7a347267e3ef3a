import { describe, expect, it } from 'vitest';
import {
	actionChangeDays,
	bucketed,
	bucketSize,
	changeDays,
	MARK_BUCKET,
	siteChangeDays,
	unchangedBetween,
	type GroupAt
} from './markBuckets';
import { buildTestModel } from '../../../tests/fixtures/realModel';
import { countAt, isRecent, latestAt } from '../time/stateAt';
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

describe('bucketSize', () => {
	it('is MARK_BUCKET up to MARK_BUCKET² groups, then the square root, rounded up', () => {
		expect([0, 1, 70, MARK_BUCKET ** 2].map(bucketSize)).toEqual([32, 32, 32, 32]);
		expect([MARK_BUCKET ** 2 + 1, 10_000, 12_000].map(bucketSize)).toEqual([33, 100, 110]);
	});

	it('keeps the real data in buckets of MARK_BUCKET', () => {
		const model = buildTestModel();
		expect(bucketSize(model.siteGroups.length)).toBe(MARK_BUCKET);
		expect(bucketSize(model.actionGroups.length)).toBe(MARK_BUCKET);
	});
});

describe('changeDays and unchangedBetween', () => {
	it('list each bucket’s change days in order', () => {
		expect(changeDays(groups, (g) => [g.starts[0] + 5, g.starts[0]], 4)).toEqual([
			[0, 5, 10, 15, 20, 25, 30, 35],
			[40, 45, 50, 55, 60, 65, 70, 75],
			[80, 85, 90, 95]
		]);
	});

	it('see a change on a change day, whichever way the date moves', () => {
		const days = [10, 20];
		expect(unchangedBetween(days, 11, 19)).toBe(true);
		expect(unchangedBetween(days, 9, 10)).toBe(false);
		expect(unchangedBetween(days, 10, 9)).toBe(false);
		expect(unchangedBetween(days, 10, 19)).toBe(true);
		expect(unchangedBetween(days, 19, 25)).toBe(false);
		expect(unchangedBetween(days, 21, 400)).toBe(true);
		expect(unchangedBetween([], 0, 400)).toBe(true);
	});

	it('let bucketed skip the buckets said unchanged, without reading their groups', () => {
		const before = draw(45, []);
		const asked: string[] = [];
		const after = bucketed(
			groups,
			55,
			before,
			(g) => (asked.push(g.id), g.starts[0] <= 55 ? marks.get(g.id)! : null),
			4,
			(b) => b === 0
		);
		expect(after[0]).toBe(before[0]);
		expect(asked).toEqual(['g4', 'g5']);
	});
});

describe('stepping the real data', () => {
	const model = buildTestModel();
	const dayOfAction = new Map(model.actions.map((a) => [a.id, a.day]));
	const layers = [
		{
			name: 'sites',
			groups: model.siteGroups,
			days: siteChangeDays,
			at: (g: MarkerGroup, t: number): GroupAt | null => {
				const count = countAt(g, t);
				return count > 0 ? { group: g, count, lead: latestAt(g, t)!, recent: false } : null;
			}
		},
		{
			name: 'actions',
			groups: model.actionGroups,
			days: actionChangeDays,
			at: (g: MarkerGroup, t: number): GroupAt | null => {
				const count = countAt(g, t);
				const lead = latestAt(g, t);
				return lead ? { group: g, count, lead, recent: isRecent(dayOfAction.get(lead)!, t) } : null;
			}
		}
	];
	const flat = (b: GroupAt[][]) => b.flat().map((m) => `${m.group.id} ${m.count} ${m.lead} ${m.recent}`);

	for (const layer of layers)
		it(`draws the ${layer.name} a step reads only part of exactly as drawing them afresh`, () => {
			const days = changeDays(layer.groups, layer.days, 8);
			// Month by month over the data and a year beyond, then jumps both ways.
			const walk: number[] = [];
			for (let t = model.dataSpan.start - 40; t < model.dataSpan.end + 400; t += 30) walk.push(t);
			for (let k = 0; k < 60; k++)
				walk.push(model.dataSpan.start + ((k * 7919) % (model.dataSpan.end - model.dataSpan.start + 500)));
			// And day by day across every change day.
			for (const d of changeDays(layer.groups, layer.days, layer.groups.length)[0])
				walk.push(d - 1, d, d - 1, d, d + 1);
			let last: GroupAt[][] = [];
			let since: number | null = null;
			let skipped = 0;
			for (const t of walk) {
				const step = bucketed(
					layer.groups,
					t,
					last,
					(g) => layer.at(g, t),
					8,
					(b) => {
						const same = since !== null && unchangedBetween(days[b], since, t);
						if (same) skipped++;
						return same;
					}
				);
				expect(flat(step)).toEqual(flat(bucketed(layer.groups, t, [], (g) => layer.at(g, t), 8)));
				[last, since] = [step, t];
			}
			expect(skipped).toBeGreaterThan(walk.length);
		});
});
