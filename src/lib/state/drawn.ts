/**
 * What a view draws and lists: pure functions of the dataset's index and the view. The marks, memoised
 * explicitly, are in markBuckets.ts (`MarkMemo`); everything here is computed afresh on each call.
 */
import { inFrame, type ZoomView } from '$lib/geo/zoom';
import type { ActionView, FlowPeriodView, FlowView, ReachLink, SiteView } from '$lib/data/model';
import { lawHomeOf } from '$lib/data/model';
import { actionMatches, flowMatches, isFiltering, siteMatches } from '$lib/data/filters';
import { periodIndexAt } from '$lib/time/flowStatus';
import { reachAt, reachStart, type Reach } from '$lib/time/reach';
import { actionsTakenBy, isSiteOpen, sitesOpenAt } from '$lib/time/stateAt';
import type { ViewState } from '$lib/url/viewState';
import type { ActionKind, FlowStatus } from '$lib/data/types';
import { changesBetween, type Changes } from '$lib/time/changes';
import type { DataIndex, Selection } from './dataIndex';
import type { GroupAt } from './markBuckets';

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

/** What changed between the compared dates, narrowed by the filters; null when not comparing. */
export function changesDrawn(index: DataIndex, view: DrawnView): Changes | null {
	if (!view.compare) return null;
	const c = changesBetween(index.model, view.compare.from, view.compare.to);
	return {
		opened: c.opened.filter((s) => siteShown(index, view, s)),
		closed: c.closed.filter((s) => siteShown(index, view, s)),
		actions: c.actions.filter((a) => actionShown(view, a)),
		flows: c.flows.filter((f) => flowMatches(f.flow, view.filters))
	};
}

/** What a view shows, counted: what its headline says (src/lib/i18n/summary.ts). */
export interface MapFacts {
	date: number;
	layers: DrawnView['layers'];
	/** The sites open at the date and the actions taken by it (latest first), as listed. */
	sites: SiteView[];
	actions: ActionView[];
	/** The legal status of each flow drawn. */
	flows: FlowStatus[];
	/** How many places a reach line is drawn to. */
	reach: number;
	/** Whether filters narrow what is shown. */
	filtered: boolean;
	/** When the map is zoomed in: how many of `sites` stand inside its frame. */
	inView?: number | null;
	/** In compare mode: the dates and what changed between them, as counts. */
	compare: { from: number; to: number; opened: number; closed: number; actions: number; flows: number } | null;
}

/** What the map draws, as a legend lists it (the live legend and the snapshots'). */
export interface Drawn {
	/** The providers whose colour a site marker takes (a group's lead), in the model's order. */
	providers: { id: string; color: number; name: string }[];
	/** Whether a marker stands for several records. */
	groups: boolean;
	/** The kinds whose shape an action marker takes (a group's lead). */
	kinds: ReadonlySet<ActionKind>;
	ages: ReadonlySet<boolean>;
	statuses: ReadonlySet<FlowStatus>;
	/** Whether a flow is drawn thicker for a change between compared dates. */
	changed: boolean;
	reach: boolean;
	shaded: boolean;
}

/** What of the view's marks the map draws, for its legend. */
export function drawnOf(
	index: DataIndex,
	marks: {
		siteGroupsAt: GroupAt[];
		actionGroupsAt: GroupAt[];
		flowsAt: FlowAt[];
		reachAt: ReachLink[];
		highlighted: string[];
	}
): Drawn {
	const leads = new Set(marks.siteGroupsAt.map((g) => index.siteById.get(g.lead)?.provider));
	return {
		providers: index.providersWithSites.filter((p) => leads.has(p.id)),
		groups: marks.siteGroupsAt.some((g) => g.count > 1),
		kinds: new Set(marks.actionGroupsAt.map((g) => index.actionById.get(g.lead)!.kind)),
		ages: new Set(marks.actionGroupsAt.map((g) => g.recent)),
		statuses: new Set(marks.flowsAt.map((f) => f.period.status)),
		changed: marks.flowsAt.some((f) => f.changed),
		reach: marks.reachAt.length > 0,
		shaded: marks.highlighted.length > 0
	};
}

/** How many of `sites` stand inside the frame of `zoom` (a map of `width` × `height` units). */
export function sitesInFrame(
	index: DataIndex,
	sites: SiteView[],
	zoom: ZoomView,
	{ width, height }: { width: number; height: number }
): number {
	let n = 0;
	for (const site of sites) {
		const g = index.groupById.get(site.group)?.group;
		if (g && inFrame(zoom, g.x, g.y, width, height)) n++;
	}
	return n;
}

/** The facts of a view, from what it draws and lists (computed once by the caller). */
export function mapFacts(
	view: DrawnView,
	lists: { sites: SiteView[]; actions: ActionView[]; flows: FlowAt[]; reach: ReachLink[]; changes: Changes | null }
): MapFacts {
	const { changes } = lists;
	return {
		date: view.date,
		layers: view.layers,
		sites: lists.sites,
		actions: lists.actions,
		flows: lists.flows.map((f) => f.period.status),
		reach: lists.reach.length,
		filtered: isFiltering(view.filters),
		compare:
			view.compare && changes
				? {
						...view.compare,
						opened: changes.opened.length,
						closed: changes.closed.length,
						actions: changes.actions.length,
						flows: changes.flows.length
					}
				: null
	};
}

/**
 * The map's one tab stop among its marks: the first of `preferred` that is drawn, else the first
 * mark drawn (sites, then actions, then flows); null when nothing is drawn.
 */
export function tabStop(
	preferred: (string | null)[],
	sites: GroupAt[],
	actions: GroupAt[],
	flows: FlowAt[]
): string | null {
	const drawn = (id: string) =>
		sites.some((g) => g.group.id === id) ||
		actions.some((g) => g.group.id === id) ||
		flows.some((f) => f.flow.id === id);
	return (
		preferred.find((id): id is string => id !== null && drawn(id)) ??
		sites[0]?.group.id ??
		actions[0]?.group.id ??
		flows[0]?.flow.id ??
		null
	);
}

/** The facts of a view computed afresh, for a view no ExplorerState holds (a link's fallback image). */
export function factsOf(index: DataIndex, view: DrawnView): MapFacts {
	return mapFacts(view, {
		sites: sitesListed(index, view),
		actions: actionsListed(index, view),
		flows: flowsDrawn(index, view),
		reach: reachDrawn(index, view),
		changes: changesDrawn(index, view)
	});
}
