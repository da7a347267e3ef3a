/**
 * The dataset validator: every rule data/*.json must meet, with errors that name the file,
 * the record id, the field and what was expected, so a bad edit is fixed in one read:
 *
 *   data/sites.json: alibaba-us-east-1.opened: "2016-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)
 *
 * Nothing downstream re-checks the data, so whatever this accepts the site must draw.
 */
import { parsePartialDate, dayOf } from '../time/partialDate.ts';
import { parseJson, JsonSyntaxError } from './parseJson.ts';
import {
	ACTION_KINDS,
	DATA_FILES,
	FLOW_STATUSES,
	LAYERS,
	LIFECYCLE_STAGES,
	REGIONS,
	type DataFile,
	type Dataset
} from './types.ts';

/** The outcome of validating the data files: the dataset, or every error found. */
export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** What a reference points at; `record` is any site, action or flow. */
type RefKind = 'provider' | 'operator' | 'jurisdiction' | 'action' | 'site' | 'flow' | 'record';

/** Where a value sits, for messages: `data/sites.json: alibaba-us-west-1.sources[0].url`. */
interface Context {
	file: string;
	errors: string[];
	refs: { at: string; kind: RefKind; value: string }[];
}

type Check = (value: unknown, at: string, ctx: Context) => void;
interface Field {
	check: Check;
	optional?: boolean;
}
type Shape = Record<string, Field>;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const LOCATION_PRECISIONS = ['site', 'city', 'metro', 'approximate'] as const;
const VERIFIED = ['verified', 'partial', 'unverified'] as const;

const show = (value: unknown): string => {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};
const report = (ctx: Context, at: string, message: string) => {
	ctx.errors.push(`${ctx.file}: ${at}: ${message}`);
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

const text =
	(max: number): Check =>
	(value, at, ctx) => {
		if (typeof value !== 'string' || value.trim() === '')
			report(ctx, at, `expected a non-empty string, got ${show(value)}`);
		else if (value.length > max) report(ctx, at, `longer than ${max} characters (${value.length})`);
	};
const str = text(LIMITS.short);
const prose = text(LIMITS.prose);
const id: Check = (value, at, ctx) => {
	if (typeof value !== 'string' || !ID.test(value))
		report(ctx, at, `${show(value)} is not a kebab-case id (lower-case letters, digits and single hyphens)`);
};
const date: Check = (value, at, ctx) => {
	if (typeof value !== 'string' || !parsePartialDate(value))
		report(ctx, at, `${show(value)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
};
const country: Check = (value, at, ctx) => {
	if (typeof value !== 'string' || !COUNTRY.test(value))
		report(ctx, at, `${show(value)} is not an ISO 3166-1 alpha-2 country code (two capital letters)`);
};
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z]{2})?$/;
const language: Check = (value, at, ctx) => {
	if (typeof value !== 'string' || !LANGUAGE_TAG.test(value))
		report(ctx, at, `${show(value)} is not a language tag (two or three lower-case letters, as de or pt-BR)`);
	else if (value === 'en') report(ctx, at, `"en" is the default: leave lang out for an English title`);
};
const url: Check = (value, at, ctx) => {
	if (typeof value === 'string' && value.length > LIMITS.url)
		return report(ctx, at, `longer than ${LIMITS.url} characters (${value.length})`);
	let ok = false;
	if (typeof value === 'string') {
		try {
			const parsed = new URL(value);
			ok = (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
		} catch {
			ok = false;
		}
	}
	if (!ok) report(ctx, at, `${show(value)} is not an http(s) URL`);
};
const oneOf =
	(options: readonly string[]): Check =>
	(value, at, ctx) => {
		if (typeof value !== 'string' || !options.includes(value))
			report(ctx, at, `${show(value)} is not one of: ${options.join(', ')}`);
	};
const count: Check = (value, at, ctx) => {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
		report(ctx, at, `expected a whole number (0 or more), got ${show(value)}`);
};
const isTrue: Check = (value, at, ctx) => {
	if (value !== true) report(ctx, at, `expected true (or leave the field out), got ${show(value)}`);
};
const nullable =
	(check: Check): Check =>
	(value, at, ctx) => {
		if (value !== null) check(value, at, ctx);
	};
const ref =
	(kind: RefKind): Check =>
	(value, at, ctx) => {
		if (typeof value !== 'string') return report(ctx, at, `expected a ${kind} id, got ${show(value)}`);
		ctx.refs.push({ at, kind, value });
	};
const list =
	(check: Check, { min = 0 }: { min?: number } = {}): Check =>
	(value, at, ctx) => {
		if (!Array.isArray(value)) return report(ctx, at, `expected an array, got ${show(value)}`);
		if (value.length > LIMITS.list) return report(ctx, at, `more than ${LIMITS.list} entries (${value.length})`);
		if (value.length < min)
			return report(ctx, at, `expected at least ${min} ${min === 1 ? 'entry' : 'entries'}, got none`);
		value.forEach((item, i) => check(item, `${at}[${i}]`, ctx));
	};
const object =
	(shape: Shape): Check =>
	(value, at, ctx) => {
		if (typeof value !== 'object' || value === null || Array.isArray(value))
			return report(ctx, at, `expected an object, got ${show(value)}`);
		const record = value as Record<string, unknown>;
		for (const [key, field] of Object.entries(shape)) {
			if (record[key] === undefined) {
				if (!field.optional) report(ctx, `${at}.${key}`, 'missing (required)');
			} else field.check(record[key], `${at}.${key}`, ctx);
		}
		for (const key of Object.keys(record))
			if (!Object.hasOwn(shape, key))
				report(ctx, `${at}.${key}`, `unknown field (expected one of: ${Object.keys(shape).join(', ')})`);
	};
const lonLat: Check = (value, at, ctx) => {
	if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => typeof n === 'number' && Number.isFinite(n)))
		return report(ctx, at, `expected [longitude, latitude] in degrees, got ${show(value)}`);
	const [lon, lat] = value as number[];
	if (lon < -180 || lon > 180) report(ctx, at, `longitude ${lon} is out of range (-180 to 180)`);
	if (lat < -90 || lat > 90) report(ctx, at, `latitude ${lat} is out of range (-90 to 90)`);
};

/** A slide's focus: `{ "region": name }` or `{ "bbox": [west, south, east, north] }`. */
const focus: Check = (value, at, ctx) => {
	const keys = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
	if (keys.length !== 1 || (keys[0] !== 'region' && keys[0] !== 'bbox'))
		return report(ctx, at, `expected { "region": name } or { "bbox": [west, south, east, north] }, got ${show(value)}`);
	const record = value as Record<string, unknown>;
	if (keys[0] === 'region') return oneOf(REGIONS)(record.region, `${at}.region`, ctx);
	const box = record.bbox;
	const where = `${at}.bbox`;
	if (!Array.isArray(box) || box.length !== 4 || !box.every((n) => typeof n === 'number' && Number.isFinite(n)))
		return report(ctx, where, `expected [west, south, east, north] in degrees, got ${show(box)}`);
	const [west, south, east, north] = box as number[];
	if ([west, east].some((lon) => lon < -180 || lon > 180) || [south, north].some((lat) => lat < -90 || lat > 90))
		return report(ctx, where, `${show(box)} is out of range (longitudes -180 to 180, latitudes -90 to 90)`);
	if (west >= east) report(ctx, where, `west ${west} is not less than east ${east}`);
	if (south >= north) report(ctx, where, `south ${south} is not less than north ${north}`);
};
/** A list of distinct layer names, at least one. */
const layers: Check = (value, at, ctx) => {
	list(oneOf(LAYERS), { min: 1 })(value, at, ctx);
	if (Array.isArray(value) && new Set(value).size !== value.length) report(ctx, at, 'a layer is listed twice');
};

const required = (check: Check): Field => ({ check });
const optional = (check: Check): Field => ({ check, optional: true });

const localText = object({ en: required(prose), fr: required(prose) });
const source = object({
	url: required(url),
	title: required(str),
	publisher: required(str),
	date: required(date),
	archived: optional(url),
	lang: optional(language),
	quote: optional(prose)
});
const evidence: Shape = {
	sources: required(list(source, { min: 1 })),
	verified: required(oneOf(VERIFIED)),
	note: optional(localText)
};

/** A story: slides that each set a view of the map and say something about it, with sources. */
const STORY: Shape = {
	id: required(id),
	title: required(localText),
	summary: required(localText),
	slides: required(
		list(
			object({
				date: optional(date),
				from: optional(date),
				to: optional(date),
				focus: required(focus),
				highlight: required(list(ref('record'))),
				layers: required(layers),
				title: required(localText),
				text: required(localText),
				notes: required(localText),
				cites: required(list(ref('record'), { min: 1 }))
			}),
			{ min: 2 }
		)
	)
};

/** What a provider and an operator both are: a company with a home country, whose law it sits under. */
const company: Shape = {
	id: required(id),
	name: required(str),
	headquarters: required(country),
	parent: optional(str)
};

const SHAPES: Record<DataFile, Shape> = {
	providers: {
		...company,
		regions: optional(
			object({
				count: required(nullable(count)),
				asOf: required(date),
				definition: required(localText),
				source: optional(source),
				note: optional(localText)
			})
		),
		...evidence
	},
	operators: { ...company, ...evidence },
	jurisdictions: {
		code: required((value, at, ctx) => {
			if (value !== 'EU') country(value, at, ctx);
		}),
		name: required(localText),
		members: optional(
			list(
				object({
					country: required(country),
					from: required(date),
					to: optional(date)
				}),
				{ min: 1 }
			)
		),
		seat: required(lonLat),
		reach: optional(
			list(
				object({
					name: required(localText),
					originalName: optional(str),
					inForce: required(date),
					action: optional(ref('action')),
					summary: required(localText)
				})
			)
		),
		...evidence
	},
	sites: {
		id: required(id),
		provider: required(ref('provider')),
		operator: optional(ref('operator')),
		name: required(str),
		region: required(nullable(str)),
		city: required(str),
		country: required(country),
		coordinates: required(lonLat),
		locationPrecision: required(oneOf(LOCATION_PRECISIONS)),
		locationNote: optional(localText),
		announced: optional(date),
		opened: required(date),
		closed: optional(date),
		countExcluded: optional(isTrue),
		...evidence
	},
	actions: {
		id: required(id),
		date: required(date),
		lifecycle: optional(list(object({ stage: required(oneOf(LIFECYCLE_STAGES)), date: required(date) }))),
		jurisdiction: required(ref('jurisdiction')),
		actor: required(localText),
		kind: required(oneOf(ACTION_KINDS)),
		title: required(localText),
		summary: required(localText),
		originalName: optional(str),
		place: required(object({ name: required(str), coordinates: required(lonLat) })),
		targets: optional(
			object({
				providers: optional(list(ref('provider'))),
				sites: optional(list(ref('site'))),
				flows: optional(list(ref('flow')))
			})
		),
		...evidence
	},
	flows: {
		id: required(id),
		from: required(ref('jurisdiction')),
		to: required(ref('jurisdiction')),
		label: required(localText),
		periods: required(
			list(
				object({
					start: required(date),
					status: required(oneOf(FLOW_STATUSES)),
					basis: required(localText),
					action: required(ref('action'))
				}),
				{ min: 1 }
			)
		),
		...evidence
	},
	stories: STORY
};

const KEY: Record<DataFile, 'id' | 'code'> = {
	providers: 'id',
	operators: 'id',
	jurisdictions: 'code',
	sites: 'id',
	actions: 'id',
	flows: 'id',
	stories: 'id'
};
const REF_FILE: Record<RefKind, DataFile[]> = {
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

/**
 * Validates the text of every data file and returns the typed dataset or all errors, each
 * naming file, record, field and what was expected.
 * @example validateDataset({ ...files, sites: '[{"id": "x"}]' })
 * // { ok: false, errors: ['data/sites.json: x.provider: missing (required)', ...] }
 */
export function validateDataset(texts: Record<DataFile, string>): ValidationResult {
	const errors: string[] = [];
	const parsed = {} as Record<DataFile, Record<string, unknown>[]>;
	const ids = new Map<string, string>();
	const known: Record<DataFile, Set<string>> = {
		providers: new Set(),
		operators: new Set(),
		jurisdictions: new Set(),
		sites: new Set(),
		actions: new Set(),
		flows: new Set(),
		stories: new Set()
	};
	const contexts: Context[] = [];
	// A file that could not be read has no known ids; references into it are not reported twice.
	const unreadable = new Set<DataFile>();

	const total = DATA_FILES.reduce((sum, file) => sum + (texts[file]?.length ?? 0), 0);
	if (total > LIMITS.total)
		return {
			ok: false,
			errors: [`data/: the files hold ${total} characters together, more than the limit of ${LIMITS.total}`]
		};

	for (const file of DATA_FILES) {
		const ctx: Context = { file: dataPath(file), errors, refs: [] };
		contexts.push(ctx);
		let records: unknown;
		try {
			records = parseJson(texts[file]);
		} catch (error) {
			errors.push(error instanceof JsonSyntaxError ? `${ctx.file}:${error.message}` : `${ctx.file}: ${String(error)}`);
			unreadable.add(file);
			parsed[file] = [];
			continue;
		}
		if (!Array.isArray(records) || records.length > LIMITS.records) {
			errors.push(
				Array.isArray(records)
					? `${ctx.file}: more than ${LIMITS.records} records (${records.length})`
					: `${ctx.file}: expected an array of records, got ${show(records)}`
			);
			unreadable.add(file);
			parsed[file] = [];
			continue;
		}
		records.forEach((record, index) => {
			const key = (record as Record<string, unknown> | null)?.[KEY[file]];
			const name = typeof key === 'string' && key !== '' ? key : `[${index}]`;
			object(SHAPES[file])(record, name, ctx);
			if (typeof key === 'string' && key !== '') {
				const previous = ids.get(key);
				if (previous) report(ctx, `${name}.${KEY[file]}`, `duplicate id (also in ${previous})`);
				else ids.set(key, ctx.file);
				known[file].add(key);
			}
		});
		parsed[file] = records as Record<string, unknown>[];
	}

	for (const ctx of contexts) {
		for (const { at, kind, value } of ctx.refs) {
			const files = REF_FILE[kind];
			if (!files.some((f) => known[f].has(value)) && !files.some((f) => unreadable.has(f)))
				report(ctx, at, `${show(value)} is not ${REF_NAME[kind]} in ${files.map(dataPath).join(', ')}`);
		}
	}
	checkDateOrder(parsed, errors);
	checkEvidence(parsed, errors);

	if (errors.length > 0) return { ok: false, errors };
	return { ok: true, dataset: parsed as unknown as Dataset };
}

/** Reads a valid partial date's day number, or null, for the order rules. */
const dayIfDate = (value: unknown) => (typeof value === 'string' && parsePartialDate(value) ? dayOf(value) : null);

/**
 * Rules across fields: a site does not close before it opens, a membership does not end
 * before it starts, and a flow's periods run forward in time (each lasts until the next).
 */
function checkDateOrder(parsed: Record<DataFile, Record<string, unknown>[]>, errors: string[]) {
	const before = (file: DataFile, at: string, later: unknown, field: string, earlier: unknown, strict = false) => {
		const [a, b] = [dayIfDate(later), dayIfDate(earlier)];
		if (a !== null && b !== null && (strict ? a <= b : a < b))
			errors.push(
				`${dataPath(file)}: ${at}: ${show(later)} is ${strict ? 'not after' : 'before'} ${field} ${show(earlier)}`
			);
	};
	/** Each entry of a record's list dated no earlier (strictly: later) than the entry before it. */
	const inSequence = (
		file: DataFile,
		id: unknown,
		entries: unknown,
		list: string,
		field: string,
		previous: string,
		strict = false
	) => {
		const steps = Array.isArray(entries) ? (entries as Record<string, unknown>[]) : [];
		for (let i = 1; i < steps.length; i++)
			before(file, `${String(id)}.${list}[${i}].${field}`, steps[i]?.[field], previous, steps[i - 1]?.[field], strict);
	};
	for (const site of parsed.sites)
		if (site.closed !== undefined) before('sites', `${String(site.id)}.closed`, site.closed, 'opened', site.opened);
	for (const action of parsed.actions)
		inSequence('actions', action.id, action.lifecycle, 'lifecycle', 'date', "the previous stage's date");
	for (const jurisdiction of parsed.jurisdictions) {
		const members = Array.isArray(jurisdiction.members) ? (jurisdiction.members as Record<string, unknown>[]) : [];
		members.forEach((member, i) => {
			if (member?.to !== undefined)
				before('jurisdictions', `${String(jurisdiction.code)}.members[${i}].to`, member.to, 'from', member.from);
		});
	}
	for (const story of parsed.stories) {
		const slides = Array.isArray(story.slides) ? (story.slides as Record<string, unknown>[]) : [];
		slides.forEach((slide, i) => {
			if (typeof slide !== 'object' || slide === null) return;
			const at = `${dataPath('stories')}: ${String(story.id)}.slides[${i}]`;
			const pair = slide.from !== undefined || slide.to !== undefined;
			if (slide.date !== undefined && pair) errors.push(`${at}: has both a date and a from/to pair (give one)`);
			else if (slide.date === undefined && !pair) errors.push(`${at}: needs a date, or a from/to pair`);
			else if (pair && (slide.from === undefined || slide.to === undefined))
				errors.push(`${at}: a from/to pair needs both from and to`);
			else if (pair) before('stories', `${String(story.id)}.slides[${i}].to`, slide.to, 'from', slide.from, true);
		});
	}
	for (const flow of parsed.flows)
		inSequence('flows', flow.id, flow.periods, 'periods', 'start', "the previous period's start", true);
}

/**
 * Rules on how sure a record is: `verified` needs a source that quotes the fact, anything less
 * needs a note saying what is missing, and a provider without a region count says why.
 */
function checkEvidence(parsed: Record<DataFile, Record<string, unknown>[]>, errors: string[]) {
	for (const file of DATA_FILES) {
		if (file === 'stories') continue;
		for (const record of parsed[file]) {
			if (typeof record !== 'object' || record === null) continue;
			const at = `${dataPath(file)}: ${String(record[KEY[file]])}`;
			const sources = Array.isArray(record.sources) ? (record.sources as Record<string, unknown>[]) : [];
			if (
				record.verified === 'verified' &&
				sources.length &&
				!sources.some((s) => typeof s?.quote === 'string' && s.quote.trim())
			)
				errors.push(
					`${at}.verified: "verified" needs a source whose quote states the fact (add a quote, or say "partial")`
				);
			if ((record.verified === 'partial' || record.verified === 'unverified') && record.note === undefined)
				errors.push(`${at}.note: missing (required when verified is "${record.verified}": say what is not sourced)`);
		}
	}
	for (const provider of parsed.providers) {
		const regions = provider?.regions as Record<string, unknown> | undefined;
		if (regions && regions.count === null && regions.note === undefined)
			errors.push(
				`${dataPath('providers')}: ${String(provider.id)}.regions.note: missing (required when count is null: say why)`
			);
		if (regions && regions.count !== null && regions.source === undefined)
			errors.push(
				`${dataPath('providers')}: ${String(provider.id)}.regions.source: missing (required with a count: the page that states it)`
			);
	}
}

/** Formats validation errors as one message, for a build failure. */
export function formatErrors(errors: string[]): string {
	return `The dataset is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}):\n  ${errors.join('\n  ')}`;
}
