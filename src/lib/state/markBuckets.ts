/**
 * The map's marks: each marker group as drawn at a view's date, in buckets each drawn in an SVG of
 * its own, so that on a slider step Chromium repaints only the buckets that changed (see
 * MarkerLayer), memoised in `MarkMemo`.
 */
import type { MarkerGroup } from '../data/model';
import { isFiltering } from '../data/filters';
import { partitionPoint } from '../time/sorted';
import { RECENT_DAYS, countAt, isRecent, isSiteOpen, latestAt } from '../time/stateAt';
import type { DataIndex } from './dataIndex';
import { actionShown, siteShown, type DrawnView } from './drawn';

/** Whether a day counts as recent: in the year before the date, or between the compared dates. */
const recentIn = (view: DrawnView, day: number): boolean =>
	view.compare ? day > view.compare.from && day <= view.compare.to : isRecent(day, view.date);

/** A marker group as drawn at the current date. */
export interface GroupAt {
	group: MarkerGroup;
	count: number;
	/** The record the marker stands for: the only one, or the latest. */
	lead: string;
	recent: boolean;
}

/** What a marker stands for: its place when it holds several records, else its one record. */
export const markId = (g: GroupAt): string => (g.count > 1 ? g.group.id : g.lead);

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

/** A site group as drawn on day `t`, or null if none of its sites is open (or shown) then. */
function siteMark(index: DataIndex, view: DrawnView, group: MarkerGroup, filtering: boolean) {
	const t = view.date;
	let count: number;
	let lead: string | null | undefined;
	if (!filtering) {
		count = countAt(group, t);
		lead = count === 1 ? group.items.find((id) => isSiteOpen(index.siteById.get(id)!, t)) : latestAt(group, t);
	} else {
		const present = group.items.filter((id) => {
			const site = index.siteById.get(id)!;
			return isSiteOpen(site, t) && siteShown(index, view, site);
		});
		count = present.length;
		lead = present[present.length - 1];
	}
	if (count === 0 || lead == null) return null;
	const recent = view.compare !== null && group.items.some((id) => recentIn(view, index.siteById.get(id)!.day));
	return { group, count, lead, recent };
}

/** An action group as drawn on day `t`, or null if none of its actions is taken (or shown) by then. */
function actionMark(index: DataIndex, view: DrawnView, group: MarkerGroup, filtering: boolean) {
	const t = view.date;
	let count: number;
	let lead: string | null;
	if (!filtering) {
		count = countAt(group, t);
		lead = latestAt(group, t);
	} else {
		const taken = group.items.filter((id) => {
			const action = index.actionById.get(id)!;
			return action.day <= t && actionShown(view, action);
		});
		count = taken.length;
		lead = taken[taken.length - 1] ?? null;
	}
	if (count === 0 || lead === null) return null;
	return { group, count, lead, recent: recentIn(view, index.actionById.get(lead)!.day) };
}

/** One layer's marks and what they were drawn from. */
interface LayerMemo {
	groups: MarkerGroup[];
	size: number;
	/** Per bucket, the days on which one of its marks may change. */
	days: number[][];
	/** The last mark handed out per group: an unchanged mark is the same object. */
	marks: Map<string, GroupAt>;
	last: { date: number; filters: DrawnView['filters']; compare: DrawnView['compare']; buckets: GroupAt[][] } | null;
}

/**
 * The map's marks, in buckets (above), memoised per layer: a call with the same
 * filters and comparison as the last reads only the buckets with a change day between the two
 * dates, and hands back the same array for a bucket and the same object for a mark that did not
 * change, so the map's keyed blocks skip them. Its answers are those of a fresh memo.
 */
export class MarkMemo {
	readonly #index: DataIndex;
	readonly #sites: LayerMemo;
	readonly #actions: LayerMemo;

	constructor(index: DataIndex) {
		this.#index = index;
		const layer = (groups: MarkerGroup[], daysOf: (g: MarkerGroup) => number[]): LayerMemo => {
			const size = bucketSize(groups.length);
			return { groups, size, days: changeDays(groups, daysOf, size), marks: new Map(), last: null };
		};
		this.#sites = layer(index.model.siteGroups, siteChangeDays);
		this.#actions = layer(index.model.actionGroups, actionChangeDays);
	}

	/** Site marker groups present at the view's date, in buckets. */
	sites(view: DrawnView): GroupAt[][] {
		return view.layers.includes('sites') ? this.#draw(this.#sites, view, siteMark) : [];
	}

	/** Action marker groups taken by the view's date, with the latest one's kind and recency, in buckets. */
	actions(view: DrawnView): GroupAt[][] {
		return view.layers.includes('actions') ? this.#draw(this.#actions, view, actionMark) : [];
	}

	#draw(memo: LayerMemo, view: DrawnView, mark: typeof siteMark): GroupAt[][] {
		const { last } = memo;
		const since = last && last.filters === view.filters && last.compare === view.compare ? last.date : null;
		const filtering = isFiltering(view.filters);
		const buckets = bucketed(
			memo.groups,
			view.date,
			last?.buckets ?? [],
			(group) => {
				const next = mark(this.#index, view, group, filtering);
				if (!next) return null;
				const before = memo.marks.get(group.id);
				if (before && before.count === next.count && before.lead === next.lead && before.recent === next.recent)
					return before;
				memo.marks.set(group.id, next);
				return next;
			},
			memo.size,
			(b) => since !== null && unchangedBetween(memo.days[b], since, view.date)
		);
		memo.last = { date: view.date, filters: view.filters, compare: view.compare, buckets };
		return buckets;
	}
}
