/**
 * The map model: the dataset as the browser needs it, prepared once at build time for one
 * language. Places are projected to map units, dates turned into day numbers, texts reduced
 * to the page's language, and records that share a place grouped into one marker, each
 * group's days sorted so the slider's step is two binary searches per group. Long because the
 * view types of every record kind live beside the one function that builds them.
 */
import type { ProjectionParams } from '../geo/basemap';
import { greatCircleArc, type Arc } from '../geo/arc';
import { projectLonLat } from '../geo/lonLat';
import type { ReachLawView } from '../time/reach';
import { dayOf } from '../time/partialDate';
import type { Lang } from '../i18n/lang';
import type {
	Action,
	ActionKind,
	Dataset,
	FlowStatus,
	Jurisdiction,
	LifecycleEvent,
	LocationPrecision,
	LonLat,
	Source,
	Verified
} from './types';

/** How sure we are of a record; its sources and notes travel separately, in RecordDetails. */
interface EvidenceView {
	verified: Verified;
}

/**
 * The long text of a record (sources, notes, summary, lifecycle), kept out of the map model so
 * that pages do not carry every record's sources as hydration data: the browser fetches them
 * (/details/<lang>.json) when a panel first needs them, and pages that show one record's
 * details (event pages) prerender them.
 */
export interface RecordDetails {
	sources: Source[];
	note?: string;
	locationNote?: string;
	summary?: string;
	lifecycle?: LifecycleEvent[];
	targets?: { providers: string[]; sites: string[]; flows: string[] };
	originalName?: string;
}

export interface ProviderView {
	id: string;
	name: string;
	headquarters: string;
	/** Index into the provider palette (by order in providers.json). */
	color: number;
}

/** A company that runs sites for a brand, and the country whose law it sits under. */
export interface OperatorView {
	id: string;
	name: string;
	headquarters: string;
}

export interface SiteView extends EvidenceView {
	id: string;
	provider: string;
	/** The operator's id, where a company other than the brand runs the site. */
	operator?: string;
	name: string;
	region: string | null;
	city: string;
	country: string;
	precision: LocationPrecision;
	announced?: string;
	opened: string;
	closed?: string;
	/** Day numbers of opening and closing (null while open), for time logic. */
	day: number;
	end: number | null;
	group: string;
}

export interface ActionView extends EvidenceView {
	id: string;
	date: string;
	day: number;
	jurisdiction: string;
	actor: string;
	kind: ActionKind;
	title: string;
	place: string;
	/** The countries of its jurisdiction on its date (the EU's members then). */
	countries: string[];
	group: string;
}

export interface FlowPeriodView {
	start: string;
	day: number;
	status: FlowStatus;
	basis: string;
	action: string;
}

export interface FlowView extends EvidenceView {
	id: string;
	from: string;
	to: string;
	label: string;
	periods: FlowPeriodView[];
	/** The two seats the arc joins, and how far it sits to the left of travel (map units). */
	ends: [LonLat, LonLat];
	offset: number;
	/** The great-circle arc between the two seats, in map units. */
	d: string;
	mid: [number, number];
	arrow: { x: number; y: number; angle: number };
}

/** A line of legal reach from a home government's seat to a place with its sites abroad. */
export interface ReachLink {
	id: string;
	/** The home jurisdiction whose laws reach the sites. */
	home: string;
	/** The site marker group it points at. */
	group: string;
	/** The sites of that group whose providers are headquartered in `home`. */
	sites: string[];
	/** The home government's seat and the place of the sites. */
	ends: [LonLat, LonLat];
	d: string;
}

/** Records sharing one place, drawn as one marker with a count. */
export interface MarkerGroup {
	id: string;
	x: number;
	y: number;
	place: string;
	/** Member ids in order of their start day. */
	items: string[];
	/** Start days, ascending, aligned with `items`. */
	starts: number[];
	/** End days (sites' closing days), ascending; empty for actions. */
	ends: number[];
}

export interface JurisdictionView {
	code: string;
	name: string;
	/** Members with day ranges; a single country has itself from the beginning of time. */
	members: { country: string; from: number; to: number | null }[];
	/** Laws through which its government reaches data its companies hold abroad, by day in force. */
	reach: ReachLawView[];
}

/** Everything the map, the timeline and the panels need, in one language. */
export interface MapModel {
	lang: Lang;
	params: ProjectionParams;
	providers: ProviderView[];
	operators: OperatorView[];
	sites: SiteView[];
	actions: ActionView[];
	flows: FlowView[];
	jurisdictions: JurisdictionView[];
	/** Marker groups in the order of their first day (the map's buckets rely on it). */
	siteGroups: MarkerGroup[];
	/** As siteGroups. */
	actionGroups: MarkerGroup[];
	reachLinks: ReachLink[];
	/** Every day something happens (a site opens or closes, an action is taken), ascending, unique. */
	eventDays: number[];
	/** The first and last event day of the whole dataset. */
	dataSpan: { start: number; end: number };
}

/**
 * Whose law a site sits under: its operator's home country where a company other than the brand
 * runs it, its provider's otherwise. `homes` maps provider and operator ids to their home.
 * @example lawHomeOf({ provider: 'microsoft-azure', operator: '21vianet' }, homes) // 'CN'
 */
export function lawHomeOf(site: Pick<SiteView, 'provider' | 'operator'>, homes: ReadonlyMap<string, string>): string {
	return homes.get(site.operator ?? site.provider) ?? '';
}

/** Points along a flow's arc and along a reach line (thin dashed context: 16 look smooth). */
const FLOW_SAMPLES = 32;
const REACH_SAMPLES = 16;

/**
 * A flow's or a reach line's arc from its ends, projected with the fitted parameters alone
 * (the browser has those, not d3's projection), so the page and the server draw the same path.
 */
export function arcOf(ends: [LonLat, LonLat], params: ProjectionParams, offset = 0, reach = false): Arc {
	return greatCircleArc(
		ends[0],
		ends[1],
		(p) => projectLonLat(p, params),
		offset,
		reach ? REACH_SAMPLES : FLOW_SAMPLES
	);
}

/** How many provider colours the theme defines; providers beyond it reuse them in order. */
export const PALETTE_SIZE = 9;

const slug = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** The countries a jurisdiction covers on a day: its members then, or itself. */
export function countriesOn(jurisdiction: JurisdictionView, day: number): string[] {
	return jurisdiction.members.filter((m) => m.from <= day && (m.to === null || day <= m.to)).map((m) => m.country);
}

function jurisdictionView(j: Jurisdiction, lang: Lang): JurisdictionView {
	const members = j.members?.map((m) => ({
		country: m.country,
		from: dayOf(m.from),
		to: m.to === undefined ? null : dayOf(m.to)
	})) ?? [{ country: j.code, from: -1e9, to: null }];
	const reach = (j.reach ?? [])
		.map((law) => ({
			name: law.name[lang],
			...(law.originalName ? { originalName: law.originalName } : {}),
			day: dayOf(law.inForce),
			inForce: law.inForce,
			...(law.action ? { action: law.action } : {}),
			summary: law.summary[lang]
		}))
		.sort((a, b) => a.day - b.day);
	return { code: j.code, name: j.name[lang], members, reach };
}

/** Groups records by place (rounded map position), naming each group after its place. */
function groupByPlace<T extends { id: string }>(
	records: T[],
	prefix: string,
	placeOf: (r: T) => { name: string; xy: [number, number] },
	startOf: (r: T) => number,
	endOf: (r: T) => number | null
): { groups: MarkerGroup[]; groupOf: Map<string, string> } {
	const byKey = new Map<string, T[]>();
	for (const record of records) {
		const [x, y] = placeOf(record).xy;
		const key = `${Math.round(x * 2)},${Math.round(y * 2)}`;
		byKey.set(key, [...(byKey.get(key) ?? []), record]);
	}
	const used = new Set<string>();
	const groupOf = new Map<string, string>();
	const groups = [...byKey.values()].map((members) => {
		members.sort((a, b) => startOf(a) - startOf(b) || a.id.localeCompare(b.id));
		const { name, xy } = placeOf(members[0]);
		let id = `${prefix}-${slug(name)}`;
		for (let n = 2; used.has(id); n++) id = `${prefix}-${slug(name)}-${n}`;
		used.add(id);
		for (const m of members) groupOf.set(m.id, id);
		return {
			id,
			x: round(xy[0]),
			y: round(xy[1]),
			place: name,
			items: members.map((m) => m.id),
			starts: members.map(startOf),
			ends: members
				.map(endOf)
				.filter((e): e is number => e !== null)
				.sort((a, b) => a - b)
		};
	});
	// Drawn in the order their places first appear (ids above are named in the data's order,
	// so links stay put): a slider step then changes the last few groups drawn, which lets the
	// map repaint only the bucket of marks they are in (see MarkerLayer).
	groups.sort((a, b) => a.starts[0] - b.starts[0] || a.items[0].localeCompare(b.items[0]));
	return { groups, groupOf };
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Builds the map model for one language from the validated dataset.
 * `project` is the basemap's projection, so markers and countries line up exactly.
 */
export function buildMapModel(
	dataset: Dataset,
	lang: Lang,
	project: (lonLat: LonLat) => [number, number],
	params: ProjectionParams
): MapModel {
	const evidence = (r: { verified: Verified }) => ({ verified: r.verified });
	const jurisdictions = dataset.jurisdictions.map((j) => jurisdictionView(j, lang));
	const jurisdictionByCode = new Map(jurisdictions.map((j) => [j.code, j]));

	const siteGrouping = groupByPlace(
		dataset.sites,
		'place',
		(s) => ({ name: s.city, xy: project(s.coordinates) }),
		(s) => dayOf(s.opened),
		(s) => (s.closed ? dayOf(s.closed) : null)
	);
	const actionGrouping = groupByPlace(
		dataset.actions,
		'seat',
		(a: Action) => ({ name: a.place.name, xy: project(a.place.coordinates) }),
		(a) => dayOf(a.date),
		() => null
	);

	const sites: SiteView[] = [...dataset.sites]
		.sort((a, b) => dayOf(a.opened) - dayOf(b.opened) || a.id.localeCompare(b.id))
		.map((s) => ({
			id: s.id,
			provider: s.provider,
			...(s.operator ? { operator: s.operator } : {}),
			name: s.name,
			region: s.region,
			city: s.city,
			country: s.country,
			precision: s.locationPrecision,
			...(s.announced ? { announced: s.announced } : {}),
			opened: s.opened,
			...(s.closed ? { closed: s.closed } : {}),
			day: dayOf(s.opened),
			end: s.closed ? dayOf(s.closed) : null,
			group: siteGrouping.groupOf.get(s.id)!,
			...evidence(s)
		}));

	const actions: ActionView[] = [...dataset.actions]
		.sort((a, b) => dayOf(a.date) - dayOf(b.date) || a.id.localeCompare(b.id))
		.map((a) => {
			const day = dayOf(a.date);
			const jurisdiction = jurisdictionByCode.get(a.jurisdiction)!;
			return {
				id: a.id,
				date: a.date,
				day,
				jurisdiction: a.jurisdiction,
				actor: a.actor[lang],
				kind: a.kind,
				title: a.title[lang],
				place: a.place.name,
				countries: countriesOn(jurisdiction, day),
				group: actionGrouping.groupOf.get(a.id)!,
				...evidence(a)
			};
		});

	const seatOf = new Map(dataset.jurisdictions.map((j) => [j.code, j.seat]));
	const arcFields = (ends: [LonLat, LonLat], offset: number) => ({ ends, offset, ...arcOf(ends, params, offset) });
	const flowPairs = new Set(dataset.flows.map((f) => `${f.from}>${f.to}`));
	const flows: FlowView[] = dataset.flows.map((f) => ({
		id: f.id,
		from: f.from,
		to: f.to,
		label: f.label[lang],
		periods: f.periods.map((p) => ({
			start: p.start,
			day: dayOf(p.start),
			status: p.status,
			basis: p.basis[lang],
			action: p.action
		})),
		// Offset only when the reverse flow exists too, so the two arcs sit side by side.
		...arcFields([seatOf.get(f.from)!, seatOf.get(f.to)!], flowPairs.has(`${f.to}>${f.from}`) ? 3 : 0),
		...evidence(f)
	}));

	const homes = new Map([...dataset.providers, ...dataset.operators].map((p) => [p.id, p.headquarters]));
	const siteById = new Map(dataset.sites.map((s) => [s.id, s]));
	const reachLinks: ReachLink[] = [];
	for (const group of siteGrouping.groups) {
		const byHome = new Map<string, string[]>();
		for (const id of group.items) {
			const site = siteById.get(id)!;
			const home = lawHomeOf(site, homes);
			if (site.country === home || !jurisdictionByCode.get(home)?.reach.length) continue;
			byHome.set(home, [...(byHome.get(home) ?? []), id]);
		}
		for (const [home, sites] of byHome) {
			const site = siteById.get(sites[0])!;
			const ends: [LonLat, LonLat] = [seatOf.get(home)!, site.coordinates];
			const { d } = arcOf(ends, params, 0, true);
			reachLinks.push({ id: `reach-${home.toLowerCase()}-${group.id}`, home, group: group.id, sites, ends, d });
		}
	}

	const days = new Set<number>();
	for (const s of dataset.sites) {
		days.add(dayOf(s.opened));
		if (s.closed) days.add(dayOf(s.closed));
	}
	for (const a of actions) days.add(a.day);
	const eventDays = [...days].sort((a, b) => a - b);

	return {
		lang,
		params,
		providers: dataset.providers.map((p, i) => ({
			id: p.id,
			name: p.name,
			headquarters: p.headquarters,
			color: i % PALETTE_SIZE
		})),
		operators: dataset.operators.map((o) => ({ id: o.id, name: o.name, headquarters: o.headquarters })),
		sites,
		actions,
		flows,
		jurisdictions,
		siteGroups: siteGrouping.groups,
		actionGroups: actionGrouping.groups,
		reachLinks,
		eventDays,
		dataSpan: { start: eventDays[0] ?? 0, end: eventDays[eventDays.length - 1] ?? 0 }
	};
}

/**
 * Every record's details in one language, keyed by id: what a panel shows beyond the map model.
 * @example buildDetails(dataset, 'en')['cjeu-schrems-ii'].sources[0].url
 */
export function buildDetails(dataset: Dataset, lang: Lang): Record<string, RecordDetails> {
	const details: Record<string, RecordDetails> = {};
	const common = (r: { sources: Source[]; note?: { en: string; fr: string } }) => ({
		sources: r.sources,
		...(r.note ? { note: r.note[lang] } : {})
	});
	for (const s of dataset.sites)
		details[s.id] = { ...common(s), ...(s.locationNote ? { locationNote: s.locationNote[lang] } : {}) };
	for (const a of dataset.actions)
		details[a.id] = {
			...common(a),
			summary: a.summary[lang],
			lifecycle: a.lifecycle ?? [],
			targets: { providers: a.targets?.providers ?? [], sites: a.targets?.sites ?? [], flows: a.targets?.flows ?? [] },
			...(a.originalName ? { originalName: a.originalName } : {})
		};
	for (const f of dataset.flows) details[f.id] = common(f);
	return details;
}
