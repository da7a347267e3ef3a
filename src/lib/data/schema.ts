/**
 * The dataset's schema, the one description of data/*.json: valibot schemas from which the
 * record types are inferred (types.ts re-exports them) and against which validate.ts checks every
 * record. data/README.md documents every field. Each check's message says what was expected and
 * what was found; validate.ts prefixes it with the file, the record and the field.
 *
 * Valibot: each schema and check is a function of its own, so a message is written beside its
 * rule and the types follow from the schema; it has no dependencies and its issues carry the path
 * to the value (zod does too, but its messages are set per schema kind, not per check).
 */
import * as v from 'valibot';
import { parsePartialDate } from '../time/partialDate.ts';
import {
	ACTION_KINDS,
	FLOW_STATUSES,
	LAYERS,
	LIFECYCLE_STAGES,
	LOCATION_PRECISIONS,
	REGIONS,
	VERIFIED_LEVELS,
	type Bbox,
	type DataFile,
	type Region
} from './types.ts';

/** A value as a message shows it: JSON, cut to 60 characters. */
export const show = (value: unknown): string => {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/**
 * Limits no real record comes near, so a runaway value (a pasted file, a generated string) is
 * refused with a message instead of slowing the build and swelling every page.
 */
export const LIMITS = {
	/** Characters in a name, title, place, id or other short text. */
	short: 1_000,
	/** Characters in a summary, note, quote or other prose. */
	prose: 4_000,
	/** Characters in a URL. */
	url: 2_000,
	/** Entries in any list inside a record. */
	list: 1_000,
	/** Records in one file. */
	records: 50_000,
	/** Characters in all the data files together. */
	total: 64 * 1024 * 1024
} as const;

/** What a reference points at; `record` is any site, action or flow. */
export type RefKind = 'provider' | 'operator' | 'jurisdiction' | 'action' | 'site' | 'flow' | 'record';

/** The files a reference of each kind may point into. */
export const REF_FILES: Record<RefKind, DataFile[]> = {
	provider: ['providers'],
	operator: ['operators'],
	jurisdiction: ['jurisdictions'],
	action: ['actions'],
	site: ['sites'],
	flow: ['flows'],
	record: ['sites', 'actions', 'flows']
};
const REF_NAME: Record<RefKind, string> = {
	provider: 'a provider',
	operator: 'an operator',
	jurisdiction: 'a jurisdiction',
	action: 'an action',
	site: 'a site',
	flow: 'a flow',
	record: 'a site, action or flow'
};

/** The path a data file is reported under. */
export const dataPath = (file: DataFile) => `data/${file}.json`;

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumberList = (value: unknown, length: number): value is number[] =>
	Array.isArray(value) && value.length === length && value.every((n) => typeof n === 'number' && Number.isFinite(n));

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z]{2})?$/;

const text = (max: number) =>
	v.pipe(
		v.string((i) => `expected a non-empty string, got ${show(i.input)}`),
		v.check(
			(s) => s.trim() !== '',
			(i) => `expected a non-empty string, got ${show(i.input)}`
		),
		v.maxLength(max, (i) => `longer than ${max} characters (${i.input.length})`)
	);
const short = text(LIMITS.short);
const prose = text(LIMITS.prose);

const matching = (pattern: RegExp, what: string) =>
	v.pipe(
		v.string((i) => `${show(i.input)} is not ${what}`),
		v.regex(pattern, (i) => `${show(i.input)} is not ${what}`)
	);
const id = matching(ID, 'a kebab-case id (lower-case letters, digits and single hyphens)');
const country = matching(COUNTRY, 'an ISO 3166-1 alpha-2 country code (two capital letters)');

/** A partial date: `2015`, `2015-03` or `2015-03-04`, a real day. */
const date = v.pipe(
	v.string((i) => `${show(i.input)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`),
	v.check(
		(s) => parsePartialDate(s) !== null,
		(i) => `${show(i.input)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`
	)
);

const language = v.pipe(
	matching(LANGUAGE_TAG, 'a language tag (two or three lower-case letters, as de or pt-BR)'),
	v.check((s) => s !== 'en', '"en" is the default: leave lang out for an English title')
);

const isHttpUrl = (value: string) => {
	try {
		const parsed = new URL(value);
		return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
	} catch {
		return false;
	}
};
const url = v.pipe(
	v.string((i) => `${show(i.input)} is not an http(s) URL`),
	v.maxLength(LIMITS.url, (i) => `longer than ${LIMITS.url} characters (${i.input.length})`),
	v.check(isHttpUrl, (i) => `${show(i.input)} is not an http(s) URL`)
);

const oneOf = <const T extends readonly [string, ...string[]]>(options: T) =>
	v.picklist(options, (i) => `${show(i.input)} is not one of: ${options.join(', ')}`);

const wholeNumber = v.pipe(
	v.number((i) => `expected a whole number (0 or more), got ${show(i.input)}`),
	v.integer((i) => `expected a whole number (0 or more), got ${show(i.input)}`),
	v.minValue(0, (i) => `expected a whole number (0 or more), got ${show(i.input)}`)
);

/** A list of at most LIMITS.list entries, at least `min`. */
const list = <T extends v.GenericSchema>(item: T, min = 0) =>
	v.pipe(
		v.array(item, (i) => `expected an array, got ${show(i.input)}`),
		v.maxLength(LIMITS.list, (i) => `more than ${LIMITS.list} entries (${i.input.length})`),
		v.minLength(
			min,
			(i) => `expected at least ${min} ${min === 1 ? 'entry' : 'entries'}, got ${i.input.length || 'none'}`
		)
	);

/** An object with exactly these fields (those wrapped in v.optional may be left out). */
const record = <T extends v.ObjectEntries>(entries: T) => {
	const names = Object.keys(entries).join(', ');
	return v.pipe(
		v.custom<Record<string, unknown>>(isObject, (i) => `expected an object, got ${show(i.input)}`),
		v.strictObject(entries, (i) =>
			i.expected === 'never' ? `unknown field (expected one of: ${names})` : 'missing (required)'
		)
	);
};

/** `[longitude, latitude]` in degrees, in that order (GeoJSON's axis order). */
const lonLat = v.pipe(
	v.custom<[number, number]>(
		(value) => isNumberList(value, 2),
		(i) => `expected [longitude, latitude] in degrees, got ${show(i.input)}`
	),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const [lon, lat] = dataset.value;
		if (lon < -180 || lon > 180) addIssue({ message: `longitude ${lon} is out of range (-180 to 180)` });
		if (lat < -90 || lat > 90) addIssue({ message: `latitude ${lat} is out of range (-90 to 90)` });
	})
);

/** A two-language text. Both languages are required. */
const localText = record({ en: prose, fr: prose });

/** A public document that states the fact. */
const source = record({
	url,
	title: short,
	publisher: short,
	/** Publication date of the source itself. */
	date,
	/** A stored copy of the page, where one exists. */
	archived: v.optional(url),
	/** The title's language (a BCP 47 tag such as `de` or `pt-BR`) where it is not English. */
	lang: v.optional(language),
	/** The sentence of the page that states the fact, exactly as read there. */
	quote: v.optional(prose)
});

/** Fields every record but a story carries. */
const evidence = {
	sources: list(source, 1),
	/** How sure we are: a source quotes it (`verified`), part is not sourced (`partial`), or none was found. */
	verified: oneOf(VERIFIED_LEVELS),
	/** What is not verified, or where sources disagree and which value was chosen. */
	note: v.optional(localText)
};

/** What a provider and an operator both are: a company with a home country, whose law it sits under. */
const company = {
	id,
	name: short,
	/** ISO 3166-1 alpha-2 code of the headquarters country. */
	headquarters: country,
	parent: v.optional(short)
};

/** A provider's own public count of its regions, on a date, so the atlas can say "38 of 38". */
const regionCount = record({
	/** The count the source states, or null where no source states a countable number. */
	count: v.nullable(wholeNumber),
	/** The day (or month, year) the source states it. */
	asOf: date,
	/** What the count counts, in the source's terms (which partitions it includes). */
	definition: localText,
	/** The page that states the count; required with a count. */
	source: v.optional(source),
	/** Why there is no count, or what the count leaves out. */
	note: v.optional(localText)
});

/**
 * The schema of each data file's records. A reference (a provider's id in a site, an action's in a
 * flow period) is checked with `isKnown`, which validate.ts answers from the ids of all the files.
 */
export function recordSchemas(isKnown: (kind: RefKind, id: string) => boolean) {
	/** A reference to a record of another file, by id. */
	const ref = (kind: RefKind) =>
		v.pipe(
			v.string((i) => `expected a ${kind} id, got ${show(i.input)}`),
			v.check(
				(value) => isKnown(kind, value),
				(i) => `${show(i.input)} is not ${REF_NAME[kind]} in ${REF_FILES[kind].map(dataPath).join(', ')}`
			)
		);

	const provider = record({ ...company, regions: v.optional(regionCount), ...evidence });

	/** A company that runs sites for a cloud brand (a local partner, a joint venture, a data trustee). */
	const operator = record({ ...company, ...evidence });

	const site = record({
		id,
		provider: ref('provider'),
		/** The operator's id, where a company other than the brand runs the site. */
		operator: v.optional(ref('operator')),
		name: short,
		/** The provider's region code (`us-west-1`), or null where there is none. */
		region: v.nullable(short),
		city: short,
		/** ISO 3166-1 alpha-2. */
		country,
		coordinates: lonLat,
		/** How precisely the place is known: providers rarely publish addresses. */
		locationPrecision: oneOf(LOCATION_PRECISIONS),
		/** Why the location is only that precise, or which city stands for an undisclosed site. */
		locationNote: v.optional(localText),
		announced: v.optional(date),
		opened: date,
		/** The last day of service (inclusive): the site is gone the day after. */
		closed: v.optional(date),
		/** True for a region the provider's own public count leaves out (a government or sovereign partition). */
		countExcluded: v.optional(v.literal(true, (i) => `expected true (or leave the field out), got ${show(i.input)}`)),
		...evidence
	});

	const lifecycleEvent = record({ stage: oneOf(LIFECYCLE_STAGES), date });

	const action = record({
		id,
		/** The date the action is placed at on the timeline (taken, signed, ruled, reported). */
		date,
		/** Other dates in its life, in order. */
		lifecycle: v.optional(list(lifecycleEvent)),
		jurisdiction: ref('jurisdiction'),
		/** The body or person that acted. */
		actor: localText,
		/** What kind of regulatory action; the map shapes markers by kind. */
		kind: oneOf(ACTION_KINDS),
		title: localText,
		summary: localText,
		/** The law's name in its original language, where it is not English or French. */
		originalName: v.optional(short),
		/** The seat of the acting institution ("Washington, DC", "Luxembourg"). */
		place: record({ name: short, coordinates: lonLat }),
		targets: v.optional(
			record({
				providers: v.optional(list(ref('provider'))),
				sites: v.optional(list(ref('site'))),
				flows: v.optional(list(ref('flow')))
			})
		),
		...evidence
	});

	const flowPeriod = record({
		/** The first day of the period; a period lasts until the next one starts. */
		start: date,
		/** The flow's legal ground in the period. */
		status: oneOf(FLOW_STATUSES),
		basis: localText,
		/** The action that began this period. */
		action: ref('action')
	});

	const flow = record({
		id,
		from: ref('jurisdiction'),
		to: ref('jurisdiction'),
		label: localText,
		periods: list(flowPeriod, 1),
		...evidence
	});

	const membership = record({
		country,
		from: date,
		/** The last day of membership (inclusive): the United Kingdom's is 2020-01-31. */
		to: v.optional(date)
	});

	/** A law through which a government may compel access to data its companies hold abroad. */
	const reachLaw = record({
		name: localText,
		originalName: v.optional(short),
		/** The day it took effect. */
		inForce: date,
		/** The action in actions.json that enacted it, where there is one. */
		action: v.optional(ref('action')),
		/** Whose data abroad it reaches, in plain words. */
		summary: localText
	});

	const jurisdiction = record({
		/** ISO 3166-1 alpha-2, or `EU`. */
		code: v.union(
			[v.literal('EU'), country],
			(i) => `${show(i.input)} is not an ISO 3166-1 alpha-2 country code (two capital letters)`
		),
		name: localText,
		/** Member countries with dates; absent for a single country (its own code). */
		members: v.optional(list(membership, 1)),
		/** Where its government sits, for drawing reach links. */
		seat: lonLat,
		reach: v.optional(list(reachLaw)),
		...evidence
	});

	/** `[west, south, east, north]` in degrees. */
	const bbox = v.pipe(
		v.custom<[number, number, number, number]>(
			(value) => isNumberList(value, 4),
			(i) => `expected [west, south, east, north] in degrees, got ${show(i.input)}`
		),
		v.rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed) return;
			const box = dataset.value;
			const [west, south, east, north] = box;
			if ([west, east].some((lon) => lon < -180 || lon > 180) || [south, north].some((lat) => lat < -90 || lat > 90))
				return addIssue({
					message: `${show(box)} is out of range (longitudes -180 to 180, latitudes -90 to 90)`
				});
			if (west >= east) addIssue({ message: `west ${west} is not less than east ${east}` });
			if (south >= north) addIssue({ message: `south ${south} is not less than north ${north}` });
		})
	);

	/** Where a slide's map zooms to: a named region or a box. */
	const focus = v.pipe(
		v.custom<{ region: Region } | { bbox: Bbox }>(
			(value) => isObject(value) && Object.keys(value).length === 1 && ('region' in value || 'bbox' in value),
			(i) => `expected { "region": name } or { "bbox": [west, south, east, north] }, got ${show(i.input)}`
		),
		v.rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed) return;
			const input = dataset.value as Record<string, unknown>;
			const key = 'region' in input ? 'region' : 'bbox';
			const value = input[key];
			const inner = v.safeParse(key === 'region' ? oneOf(REGIONS) : bbox, value, { abortPipeEarly: true });
			for (const issue of inner.issues ?? [])
				addIssue({ message: issue.message, path: [{ type: 'object', origin: 'value', input, key, value }] });
		})
	);

	/** The map's layers on a slide: distinct, at least one. */
	const layers = v.pipe(
		list(oneOf(LAYERS), 1),
		v.check((value) => new Set(value).size === value.length, 'a layer is listed twice')
	);

	/** A slide's filters, as the explorer's: only these providers, kinds, jurisdictions or home countries. */
	const filters = record({
		providers: v.optional(list(ref('provider'), 1)),
		kinds: v.optional(list(oneOf(ACTION_KINDS), 1)),
		jurisdictions: v.optional(list(ref('jurisdiction'), 1)),
		/** Providers' home countries. */
		home: v.optional(list(country, 1))
	});

	/** One slide of a story: a view of the map and what to say about it. */
	const slide = record({
		/** The date shown; a "what changed" slide has `from` and `to` instead. */
		date: v.optional(date),
		from: v.optional(date),
		to: v.optional(date),
		focus,
		/** Ids of sites, actions or flows to highlight; the first is shown selected. */
		highlight: list(ref('record')),
		layers,
		/** What the map leaves out, where the slide narrows it. */
		filters: v.optional(filters),
		title: localText,
		text: localText,
		/** Speaker notes, for the presenter window, where the author wrote any. */
		notes: v.optional(localText),
		/** Ids of the records whose sources back the slide. */
		cites: list(ref('record'), 1)
	});

	/** An ordered list of slides an educator presents (data/stories.json). */
	const story = record({ id, title: localText, summary: localText, slides: list(slide, 2) });

	return {
		providers: provider,
		operators: operator,
		jurisdictions: jurisdiction,
		sites: site,
		actions: action,
		flows: flow,
		stories: story
	} as const;
}

export type LocalText = v.InferOutput<typeof localText>;
export type Source = v.InferOutput<typeof source>;
export type Evidence = v.InferOutput<v.ObjectSchema<typeof evidence, undefined>>;
export type RegionCount = v.InferOutput<typeof regionCount>;
type Record_<F extends DataFile> = v.InferOutput<ReturnType<typeof recordSchemas>[F]>;
export type Provider = Record_<'providers'>;
export type Operator = Record_<'operators'>;
export type Site = Record_<'sites'>;
export type Action = Record_<'actions'>;
export type LifecycleEvent = NonNullable<Action['lifecycle']>[number];
export type Flow = Record_<'flows'>;
export type FlowPeriod = Flow['periods'][number];
export type Jurisdiction = Record_<'jurisdictions'>;
export type Membership = NonNullable<Jurisdiction['members']>[number];
export type ReachLaw = NonNullable<Jurisdiction['reach']>[number];
export type Story = Record_<'stories'>;
export type Slide = Story['slides'][number];
