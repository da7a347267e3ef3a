/**
 * The view in the URL: one pair of inverse functions, parseViewState / serializeViewState.
 *
 * Each parameter has its own small tolerant parser that says valid, invalid (with the
 * parameter's name and why) or missing. Parsing never throws: a bad value falls back to the
 * default and is reported by name only, so nothing from the URL is ever echoed into the page.
 * Serialising omits defaults, so a plain view has a plain URL.
 */
import { dayOf, isoOfDay, parsePartialDate } from '../time/partialDate';
import { MAX_ZOOM, MIN_ZOOM } from '../geo/zoom';

import { LAYERS, REGIONS, type Layer, type Region } from '../data/types';
export { LAYERS, type Layer };
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const CONTROLS = ['full', 'slider', 'none'] as const;
export type Controls = (typeof CONTROLS)[number];
export const SPANS = ['story', 'full'] as const;
export type SpanChoice = (typeof SPANS)[number];

/** The filters: empty lists mean "everything". */
export interface Filters {
	providers: string[];
	kinds: string[];
	jurisdictions: string[];
	/** Providers' home countries. */
	home: string[];
}

/** Zoom factor and the `[longitude, latitude]` at the centre of the frame. */
export interface Focus {
	k: number;
	center: [number, number];
}

/** Everything that makes a view reproducible from a link. */
export interface ViewState {
	/** Day number of the date shown. */
	date: number;
	/** A compared pair of dates, when comparing. */
	compare: { from: number; to: number } | null;
	selected: string | null;
	focus: Focus | null;
	/** A named region the view frames (its zoom follows from the map's projection), instead of a focus. */
	region: Region | null;
	layers: Layer[];
	span: SpanChoice;
	filters: Filters;
	theme: Theme;
	controls: Controls;
}

/** What the dataset allows, so ids in a URL can be checked. */
export interface ViewContext {
	ids: ReadonlySet<string>;
	providers: ReadonlySet<string>;
	kinds: ReadonlySet<string>;
	jurisdictions: ReadonlySet<string>;
	home: ReadonlySet<string>;
	/** The timeline's whole span (day numbers): a date outside it is moved to its nearest end. */
	dates: { start: number; end: number };
}

/** A parameter that was present but not understood: its name and why, never its value. */
export interface ParamIssue {
	param: string;
	reason: string;
}

/** The reason given for a date outside the timeline, which is moved to the nearest end rather than dropped. */
export const OUTSIDE_TIMELINE = 'outside the timeline; the nearest end was used';

/** The date the site opens on: the Commerce inquiry into Alibaba Cloud is reported. */
export const DEFAULT_DATE = dayOf('2022-01-18');
export const DEFAULT_LAYERS: Layer[] = ['sites', 'actions', 'flows'];
/** A value longer than this is refused unread. */
const MAX_VALUE_LENGTH = 300;
const ID_LIKE = /^[A-Za-z0-9-]{1,80}$/;

/** The default view. */
export function defaultViewState(): ViewState {
	return {
		date: DEFAULT_DATE,
		compare: null,
		selected: null,
		focus: null,
		region: null,
		layers: [...DEFAULT_LAYERS],
		span: 'story',
		filters: { providers: [], kinds: [], jurisdictions: [], home: [] },
		theme: 'auto',
		controls: 'full'
	};
}

/** A parameter's reading: valid, or invalid with why (and what could be salvaged, for lists). */
type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string; value?: T };

/** Reads a date parameter at any precision (the day it counts from), kept within the timeline. */
function parseDate({ start, end }: ViewContext['dates']) {
	return (text: string): Parsed<number> => {
		const parts = parsePartialDate(text);
		if (!parts) return { ok: false, reason: 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)' };
		const day = dayOf(text);
		if (day < start || day > end) return { ok: false, reason: OUTSIDE_TIMELINE, value: day < start ? start : end };
		return { ok: true, value: day };
	};
}

function parseChoice<T extends string>(options: readonly T[]) {
	return (text: string): Parsed<T> =>
		(options as readonly string[]).includes(text)
			? { ok: true, value: text as T }
			: { ok: false, reason: `not one of ${options.join(', ')}` };
}

/** Reads a comma-separated list of known values; unknown entries are dropped and reported. */
function parseList(known: ReadonlySet<string>) {
	return (text: string): Parsed<string[]> => {
		const entries = text.split(',').filter((e) => e !== '');
		const kept = [...new Set(entries.filter((e) => ID_LIKE.test(e) && known.has(e)))];
		if (kept.length !== entries.length) return { ok: false, reason: 'unknown entries', value: kept };
		return { ok: true, value: kept };
	};
}

function parseZoom(text: string): Parsed<number> {
	const k = Number(text);
	if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(k)) return { ok: false, reason: 'not a number' };
	if (k < MIN_ZOOM || k > MAX_ZOOM) return { ok: false, reason: `not between ${MIN_ZOOM} and ${MAX_ZOOM}` };
	return { ok: true, value: k };
}

function parseCenter(text: string): Parsed<[number, number]> {
	const match = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(text);
	if (!match) return { ok: false, reason: 'not longitude,latitude' };
	const [lon, lat] = [Number(match[1]), Number(match[2])];
	if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return { ok: false, reason: 'out of range' };
	return { ok: true, value: [lon, lat] };
}

/**
 * Reads a view from URL parameters. Never throws; every parameter that was present but not
 * understood is reported by name, and the default stands in for it.
 * @example parseViewState(new URLSearchParams('date=2020-08-05&selected=us-clean-cloud'), context)
 * // { state: { date: 18479, selected: 'us-clean-cloud', ... }, issues: [] }
 * @example parseViewState(new URLSearchParams('date=2021-02-30'), context).issues
 * // [{ param: 'date', reason: 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)' }]
 */
export function parseViewState(
	params: URLSearchParams,
	context: ViewContext
): { state: ViewState; issues: ParamIssue[] } {
	const state = defaultViewState();
	const issues: ParamIssue[] = [];

	/** Runs one parameter's parser and applies a valid value; reports what was not understood. */
	const read = <T>(name: string, parse: (text: string) => Parsed<T>, apply: (value: T) => void) => {
		let values: string[];
		try {
			values = params.getAll(name);
		} catch {
			return;
		}
		if (values.length === 0) return;
		if (values.length > 1) issues.push({ param: name, reason: 'repeated; the first value was used' });
		const text = values[0];
		if (text.length > MAX_VALUE_LENGTH) return void issues.push({ param: name, reason: 'too long' });
		if (text === '') return void issues.push({ param: name, reason: 'empty' });
		const result = parse(text);
		if (result.ok) return apply(result.value);
		issues.push({ param: name, reason: result.reason });
		// A list keeps its known entries even when some were unknown; a date is moved into the timeline.
		if (result.value !== undefined) apply(result.value);
	};

	const date = parseDate(context.dates);
	read('date', date, (day) => (state.date = day));
	let from: number | null = null;
	let to: number | null = null;
	read('from', date, (day) => (from = day));
	read('to', date, (day) => (to = day));
	if (from !== null && to !== null) {
		state.compare = from <= to ? { from, to } : { from: to, to: from };
		if (!params.has('date')) state.date = state.compare.to;
	} else if (from !== null || to !== null)
		issues.push({ param: from !== null ? 'to' : 'from', reason: 'missing its pair' });

	read(
		'selected',
		(text): Parsed<string> =>
			ID_LIKE.test(text) && context.ids.has(text) ? { ok: true, value: text } : { ok: false, reason: 'no such record' },
		(id) => (state.selected = id)
	);
	let k: number | null = null;
	let center: [number, number] | null = null;
	read('zoom', parseZoom, (v) => (k = v));
	read('center', parseCenter, (v) => (center = v));
	if (k !== null && k > 1) state.focus = { k, center: center ?? [0, 0] };
	read('region', parseChoice(REGIONS), (v) => (state.region = v));
	if (state.region && state.focus) {
		state.focus = null;
		issues.push({ param: 'zoom', reason: 'a region was given; it frames the view' });
	}

	// Layer names are read in any case; a list with no known layer leaves the default layers on.
	read(
		'layers',
		(text) => parseList(new Set(LAYERS))(text.toLowerCase()),
		(v) => v.length > 0 && (state.layers = LAYERS.filter((l) => v.includes(l)))
	);
	read('span', parseChoice(SPANS), (v) => (state.span = v));
	read('theme', parseChoice(THEMES), (v) => (state.theme = v));
	read('controls', parseChoice(CONTROLS), (v) => (state.controls = v));
	read('provider', parseList(context.providers), (v) => (state.filters.providers = v));
	read('kind', parseList(context.kinds), (v) => (state.filters.kinds = v));
	read('jurisdiction', parseList(context.jurisdictions), (v) => (state.filters.jurisdictions = v));
	read('home', parseList(context.home), (v) => (state.filters.home = v));

	return { state, issues };
}

const roundTo = (value: number, digits: number) => String(Math.round(value * 10 ** digits) / 10 ** digits);

/**
 * Writes a view as URL parameters, omitting every default; the inverse of parseViewState.
 * @example serializeViewState({ ...defaultViewState(), date: dayOf('2020-08-05') }).toString() // "date=2020-08-05"
 */
export function serializeViewState(state: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	const defaults = defaultViewState();
	if (state.compare) {
		params.set('from', isoOfDay(state.compare.from));
		params.set('to', isoOfDay(state.compare.to));
		if (state.date !== state.compare.to) params.set('date', isoOfDay(state.date));
	} else if (state.date !== defaults.date) params.set('date', isoOfDay(state.date));
	if (state.selected) params.set('selected', state.selected);
	// A zoom that rounds to 1 is the whole map: writing it would give back no focus.
	if (state.region) params.set('region', state.region);
	else if (state.focus && Number(roundTo(state.focus.k, 2)) > 1) {
		params.set('zoom', roundTo(state.focus.k, 2));
		params.set('center', `${roundTo(state.focus.center[0], 2)},${roundTo(state.focus.center[1], 2)}`);
	}
	if (state.layers.join(',') !== defaults.layers.join(',')) params.set('layers', state.layers.join(','));
	if (state.span !== defaults.span) params.set('span', state.span);
	if (state.filters.providers.length) params.set('provider', state.filters.providers.join(','));
	if (state.filters.kinds.length) params.set('kind', state.filters.kinds.join(','));
	if (state.filters.jurisdictions.length) params.set('jurisdiction', state.filters.jurisdictions.join(','));
	if (state.filters.home.length) params.set('home', state.filters.home.join(','));
	if (state.theme !== defaults.theme) params.set('theme', state.theme);
	if (state.controls !== defaults.controls) params.set('controls', state.controls);
	return params;
}

/** The query string for a view, with its leading `?`, or an empty string for the default view. */
export function viewQuery(state: ViewState): string {
	const query = serializeViewState(state).toString();
	return query === '' ? '' : `?${query.replace(/%2C/g, ',')}`;
}
