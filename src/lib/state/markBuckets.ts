/**
 * The map's marks in buckets: each bucket is drawn in an SVG of its own, so that on a slider
 * step Chromium repaints only the buckets that changed (see MarkerLayer).
 */
import type { MarkerGroup } from '../data/model';
import { partitionPoint } from '../time/sorted';
import { RECENT_DAYS } from '../time/stateAt';

/** A marker group as drawn at the current date. */
export interface GroupAt {
	group: MarkerGroup;
	count: number;
	/** The record the marker stands for: the only one, or the latest. */
	lead: string;
	recent: boolean;
}

/** The fewest of a layer's marker groups the map draws in one SVG of their own (see MarkerLayer). */
export const MARK_BUCKET = 32;

/**
 * How many of a layer's `count` marker groups go in one bucket: MARK_BUCKET, or the square root
 * of the count when that is more. A step costs Chromium a little for every bucket (its layer is
 * walked, layerized and committed) and more for every mark in a bucket that changed (repainted):
 * buckets of about √n groups keep both near √n (docs/decisions.md).
 */
export function bucketSize(count: number): number {
	return Math.max(MARK_BUCKET, Math.ceil(Math.sqrt(count)));
}

/**
 * `groups` as drawn at day `t`, in buckets of MARK_BUCKET: `at` gives a group's mark or null.
 * `groups` are in the order of their first day, so none after the first to start after `t`
 * is drawn. A bucket whose marks are all the ones of `last`'s bucket is `last`'s array itself,
 * and so is one `unchanged` says nothing in changed since `last` (then its groups are not read).
 */
export function bucketed(
	groups: MarkerGroup[],
	t: number,
	last: GroupAt[][],
	at: (group: MarkerGroup) => GroupAt | null,
	size = MARK_BUCKET,
	unchanged: (bucket: number) => boolean = () => false
): GroupAt[][] {
	const out: GroupAt[][] = [];
	const end = partitionPoint(groups.length, (i) => groups[i].starts[0] > t);
	for (let start = 0; start < groups.length; start += size) {
		if (last[out.length] && unchanged(out.length)) {
			out.push(last[out.length]);
			continue;
		}
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

/**
 * For each bucket of `groups`, the days on which a mark in it may change (it can differ between
 * day d − 1 and day d), ascending: what `daysOf` gives for each of its groups.
 */
export function changeDays(
	groups: MarkerGroup[],
	daysOf: (group: MarkerGroup) => number[],
	size = MARK_BUCKET
): number[][] {
	const out: number[][] = [];
	for (let start = 0; start < groups.length; start += size)
		out.push(
			groups
				.slice(start, start + size)
				.flatMap(daysOf)
				.sort((a, b) => a - b)
		);
	return out;
}

/** Whether none of ascending `days` lies between day `a` and day `b` (a change from one to the other). */
export function unchangedBetween(days: number[], a: number, b: number): boolean {
	const lo = Math.min(a, b);
	const hi = Math.max(a, b);
	// The first change day after lo: the marks differ if it is on or before hi.
	const i = partitionPoint(days.length, (k) => days[k] > lo);
	return i === days.length || days[i] > hi;
}

/** The days a site group's mark may change: a site's opening, and the day after it closes. */
export const siteChangeDays = (group: MarkerGroup): number[] => [...group.starts, ...group.ends.map((e) => e + 1)];

/** The days an action group's mark may change: an action's day, and the day it stops being recent. */
export const actionChangeDays = (group: MarkerGroup): number[] => group.starts.flatMap((d) => [d, d + RECENT_DAYS]);
