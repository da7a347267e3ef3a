/**
 * The map's marks in buckets: each bucket is drawn in an SVG of its own, so that on a slider
 * step Chromium repaints only the buckets that changed (see MarkerLayer).
 */
import type { MarkerGroup } from '../data/model';
import { partitionPoint } from '../time/sorted';

/** A marker group as drawn at the current date. */
export interface GroupAt {
	group: MarkerGroup;
	count: number;
	/** The record the marker stands for: the only one, or the latest. */
	lead: string;
	recent: boolean;
}

/** How many of a layer's marker groups the map draws in one SVG of their own (see MarkerLayer). */
export const MARK_BUCKET = 32;

/**
 * `groups` as drawn at day `t`, in buckets of MARK_BUCKET: `at` gives a group's mark or null.
 * `groups` are in the order of their first day, so none after the first to start after `t`
 * is drawn. A bucket whose marks are all the ones of `last`'s bucket is `last`'s array itself.
 */
export function bucketed(
	groups: MarkerGroup[],
	t: number,
	last: GroupAt[][],
	at: (group: MarkerGroup) => GroupAt | null,
	size = MARK_BUCKET
): GroupAt[][] {
	const out: GroupAt[][] = [];
	const end = partitionPoint(groups.length, (i) => groups[i].starts[0] > t);
	for (let start = 0; start < groups.length; start += size) {
		const bucket: GroupAt[] = [];
		for (let i = start; i < Math.min(end, start + size); i++) {
			const mark = at(groups[i]);
			if (mark) bucket.push(mark);
		}
		const before = last[out.length];
		out.push(before && before.length === bucket.length && before.every((m, i) => m === bucket[i]) ? before : bucket);
	}
	return out;
}
