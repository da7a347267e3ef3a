/**
 * The map model as a page ships it: what the browser can rebuild cheaply is left out of the
 * hydration data: the arcs' paths, which follow from their ends and the projection's parameters;
 * each marker group's members and days, which follow from the records (each names its group, and
 * they come sorted by day); the records' day numbers, which follow from their dates; an action's
 * countries, which follow from its jurisdiction and day; a reach line's id; and the timeline's
 * event days. `unpackModel(packModel(m))` gives `m` back exactly.
 */
import {
	arcOf,
	countriesOn,
	type ActionView,
	type FlowView,
	type MapModel,
	type MarkerGroup,
	type ReachLink,
	type SiteView
} from './model';
import { dayOf } from '../time/partialDate';

type Derived = 'flows' | 'reachLinks' | 'siteGroups' | 'actionGroups' | 'sites' | 'actions' | 'eventDays';

export interface WireModel extends Omit<MapModel, Derived> {
	sites: Omit<SiteView, 'day' | 'end'>[];
	actions: Omit<ActionView, 'day' | 'countries'>[];
	flows: Omit<FlowView, 'd' | 'mid' | 'arrow'>[];
	reachLinks: Omit<ReachLink, 'd' | 'id'>[];
	siteGroups: WireGroup[];
	actionGroups: WireGroup[];
}

type WireGroup = Omit<MarkerGroup, 'items' | 'starts' | 'ends'>;

/** The model without what `unpackModel` rebuilds. */
export function packModel(model: MapModel): WireModel {
	const { eventDays: _eventDays, ...rest } = model;
	const group = ({ id, x, y, place }: MarkerGroup): WireGroup => ({ id, x, y, place });
	return {
		...rest,
		sites: model.sites.map(({ day: _day, end: _end, ...site }) => site),
		actions: model.actions.map(({ day: _day, countries: _countries, ...action }) => action),
		flows: model.flows.map(({ d: _d, mid: _mid, arrow: _arrow, ...flow }) => flow),
		reachLinks: model.reachLinks.map(({ d: _d, id: _id, ...link }) => link),
		siteGroups: model.siteGroups.map(group),
		actionGroups: model.actionGroups.map(group)
	};
}

/** A site's day numbers: its opening, and its last day of service (null while open). */
const siteDays = (site: WireModel['sites'][number]) => ({
	day: dayOf(site.opened),
	end: site.closed ? dayOf(site.closed) : null
});

/** Members of each group in the records' order (by day, then id), with their start and end days. */
function fillGroups(groups: WireGroup[], records: { id: string; group: string; day: number; end?: number | null }[]) {
	const full = new Map<string, MarkerGroup>(groups.map((g) => [g.id, { ...g, items: [], starts: [], ends: [] }]));
	for (const record of records) {
		const group = full.get(record.group);
		if (!group) throw new Error(`Record ${record.id} names an unknown group ${record.group}`);
		group.items.push(record.id);
		group.starts.push(record.day);
		if (record.end !== undefined && record.end !== null) group.ends.push(record.end);
	}
	for (const group of full.values()) group.ends.sort((a, b) => a - b);
	return [...full.values()];
}

/**
 * A reach line whose path is drawn the first time it is read: the reach layer is off by
 * default, so most pages never trace one.
 */
function reachLink(link: WireModel['reachLinks'][number], wire: WireModel): ReachLink {
	let d: string | undefined;
	const full = { id: `reach-${link.home.toLowerCase()}-${link.group}`, ...link } as ReachLink;
	return Object.defineProperty(full, 'd', {
		enumerable: true,
		get: () => (d ??= arcOf(link.ends, wire.params, 0, true).d)
	});
}

/** The full model from its packed form. */
export function unpackModel(wire: WireModel): MapModel {
	const jurisdictionByCode = new Map(wire.jurisdictions.map((j) => [j.code, j]));
	const sites: SiteView[] = wire.sites.map((site) => ({ ...site, ...siteDays(site) }));
	const actions: ActionView[] = wire.actions.map((action) => {
		const day = dayOf(action.date);
		const jurisdiction = jurisdictionByCode.get(action.jurisdiction);
		return { ...action, day, countries: jurisdiction ? countriesOn(jurisdiction, day) : [action.jurisdiction] };
	});
	const days = new Set([
		...sites.flatMap((s) => (s.end === null ? [s.day] : [s.day, s.end])),
		...actions.map((a) => a.day)
	]);
	return {
		...wire,
		sites,
		actions,
		flows: wire.flows.map((flow) => ({ ...flow, ...arcOf(flow.ends, wire.params, flow.offset) })),
		reachLinks: wire.reachLinks.map((link) => reachLink(link, wire)),
		siteGroups: fillGroups(wire.siteGroups, sites),
		actionGroups: fillGroups(wire.actionGroups, actions),
		eventDays: [...days].sort((a, b) => a - b)
	};
}

/**
 * The part of a packed model a page about a few records ships in its HTML: those records (sites,
 * actions and flows by id), their marker groups and reach lines, and every provider, operator and
 * jurisdiction (a bounded list). The page fetches the whole model from /model/<lang>.json once it
 * runs, so its size does not grow with the dataset.
 */
export function excerptModel(wire: WireModel, ids: ReadonlySet<string>): WireModel {
	const sites = wire.sites.filter((s) => ids.has(s.id));
	const actions = wire.actions.filter((a) => ids.has(a.id));
	const groups = new Set([...sites, ...actions].map((r) => r.group));
	return {
		...wire,
		sites,
		actions,
		flows: wire.flows.filter((f) => ids.has(f.id)),
		siteGroups: wire.siteGroups.filter((g) => groups.has(g.id)),
		actionGroups: wire.actionGroups.filter((g) => groups.has(g.id)),
		reachLinks: wire.reachLinks
			.filter((l) => groups.has(l.group))
			.map((l) => ({ ...l, sites: l.sites.filter((id) => ids.has(id)) }))
			.filter((l) => l.sites.length > 0)
	};
}
