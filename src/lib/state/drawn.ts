/**
 * What a view draws and lists: pure functions of the dataset's index and the view. The marks are
 * memoised explicitly (see `MarkMemo`); everything else is computed afresh on each call.
 */
import type { ActionView, FlowPeriodView, FlowView, MarkerGroup, ReachLink, SiteView } from '$lib/data/model';
import { lawHomeOf } from '$lib/data/model';
import { actionMatches, flowMatches, isFiltering, siteMatches } from '$lib/data/filters';
import { periodIndexAt } from '$lib/time/flowStatus';
import { reachAt, reachStart, type Reach } from '$lib/time/reach';
import { actionsTakenBy, countAt, isRecent, isSiteOpen, latestAt, sitesOpenAt } from '$lib/time/stateAt';
import type { ViewState } from '$lib/url/viewState';
import type { DataIndex, Selection } from './dataIndex';
import {
	actionChangeDays,
	bucketSize,
	bucketed,
	changeDays,
	siteChangeDays,
	unchangedBetween,
	type GroupAt
} from './markBuckets';

/** The part of a view that decides what is drawn. */
export type DrawnView = Pick<ViewState, 'date' | 'filters' | 'compare' | 'layers'>;

/** A flow as drawn at the view's date. */
export interface FlowAt {
	flow: FlowView;
	period: FlowPeriodView;
	index: number;
	/** Its period changed between the compared dates. */
	changed: boolean;
}

/** Whether a site passes the view's filters. */
export const siteShown = (index: DataIndex, view: Pick<DrawnView, 'filters'>, site: SiteView): boolean =>
	siteMatches(site, index.homeOf, view.filters);

/** Whether an action passes the view's filters. */
export const actionShown = (view: Pick<DrawnView, 'filters'>, action: ActionView): boolean =>
	actionMatches(action, view.filters);

/** Whether a day counts as recent: in the year before the date, or between the compared dates. */
const recentIn = (view: DrawnView, day: number): boolean =>
	view.compare ? day > view.compare.from && day <= view.compare.to : isRecent(day, view.date);

/** The sites open at the view's date that pass its filters (the accessible list). */
export function sitesListed(index: DataIndex, view: DrawnView): SiteView[] {
	if (!view.layers.includes('sites')) return [];
	const open = sitesOpenAt(index.model.sites, view.date);
	return isFiltering(view.filters) ? open.filter((s) => siteShown(index, view, s)) : open;
}

/** The actions taken by the view's date that pass its filters, latest first. */
export function actionsListed(index: DataIndex, view: DrawnView): ActionView[] {
	if (!view.layers.includes('actions')) return [];
	const taken = actionsTakenBy(index.model.actions, view.date);
	return (isFiltering(view.filters) ? taken.filter((a) => actionShown(view, a)) : taken).reverse();
}

/** The flows with a period in force at the view's date, with that period. */
export function flowsDrawn(index: DataIndex, view: DrawnView): FlowAt[] {
	if (!view.layers.includes('flows')) return [];
	const out: FlowAt[] = [];
	for (const flow of index.model.flows) {
		if (!flowMatches(flow, view.filters)) continue;
		const i = periodIndexAt(flow.periods, view.date);
		if (i < 0) continue;
		const changed = view.compare !== null && periodIndexAt(flow.periods, view.compare.from) !== i;
		out.push({ flow, period: flow.periods[i], index: i, changed });
	}
	return out;
}

/** The reach links in force at the view's date, to places with an open site that passes the filters. */
export function reachDrawn(index: DataIndex, view: DrawnView): ReachLink[] {
	if (!view.layers.includes('reach')) return [];
	const t = view.date;
	return index.model.reachLinks.filter((link) => {
		const start = reachStart(index.jurisdictionByCode.get(link.home));
		if (start === null || start > t) return false;
		return link.sites.some((id) => {
			const site = index.siteById.get(id)!;
			return isSiteOpen(site, t) && siteShown(index, view, site);
		});
	});
}

/** The home government's reach over a site on a day, or null. */
export function siteReach(index: DataIndex, site: SiteView, day: number): Reach | null {
	return reachAt(site, lawHomeOf(site, index.homeOf), index.jurisdictionByCode, day);
}

/**
 * The countries a selection shades on a day: an action's jurisdiction as it was then, or a
 * flow's origin (`from`) and destination (`to`).
 */
export function shaded(index: DataIndex, selection: Selection | null, day: number): { from: string[]; to: string[] } {
	if (selection?.type === 'action') return { from: selection.action.countries, to: [] };
	if (selection?.type === 'flow')
		return { from: index.countriesOf(selection.flow.from, day), to: index.countriesOf(selection.flow.to, day) };
	return { from: [], to: [] };
}

/** The marker group that holds a selection (its ring on the map), or null. */
export function groupOfSelection(selection: Selection | null): string | null {
	if (selection?.type === 'site') return selection.site.group;
	if (selection?.type === 'action') return selection.action.group;
	if (selection?.type === 'group') return selection.group.id;
	return null;
}

/** The marker groups (and flow ids) that hold the spotlit records. */
export function spotlitGroups(index: DataIndex, ids: readonly string[]): Set<string> {
	const groups = new Set<string>();
	for (const id of ids) {
		const group = index.siteById.get(id)?.group ?? index.actionById.get(id)?.group;
		if (group) groups.add(group);
		else if (index.flowById.has(id)) groups.add(id);
	}
	return groups;
}

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
 * The map's marks, in buckets (see markBuckets.ts), memoised per layer: a call with the same
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
