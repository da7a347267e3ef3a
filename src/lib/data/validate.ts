/**
 * The dataset validator: every rule data/*.json must meet, with errors that name the file,
 * the record id, the field and what was expected, so a bad edit is fixed in one read:
 *
 *   data/sites.json: alibaba-us-east-1.opened: "2016-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)
 *
 * Each record is checked against its schema (schema.ts); the rules across fields and records
 * (dates in order, evidence for a level) follow. Nothing downstream re-checks the data, so
 * whatever this accepts the site must draw.
 */
import * as v from 'valibot';
import { parsePartialDate, dayOf } from '../time/partialDate.ts';
import { parseJson, JsonSyntaxError } from './parseJson.ts';
import { DATA_FILES, type DataFile, type Dataset } from './types.ts';
import { LIMITS, REF_FILES, dataPath, recordSchemas, show, type RefKind, type Story } from './schema.ts';

export { LIMITS, dataPath };

/** The outcome of validating the data files: the dataset, or every error found. */
export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** The field that names a file's records in messages and references. */
const KEY: Record<DataFile, 'id' | 'code'> = {
	providers: 'id',
	operators: 'id',
	jurisdictions: 'code',
	sites: 'id',
	actions: 'id',
	flows: 'id',
	stories: 'id'
};

/** Where an issue lies below its record, as messages write it: `.sources[0].url`. */
const pathOf = (issue: v.BaseIssue<unknown>): string =>
	(issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('');

/**
 * Validates the text of every data file and returns the typed dataset or all errors, each
 * naming file, record, field and what was expected.
 * @example validateDataset({ ...files, sites: '[{"id": "x"}]' })
 * // { ok: false, errors: ['data/sites.json: x.provider: missing (required)', ...] }
 */
export function validateDataset(texts: Record<DataFile, string>): ValidationResult {
	const total = DATA_FILES.reduce((sum, file) => sum + (texts[file]?.length ?? 0), 0);
	if (total > LIMITS.total)
		return {
			ok: false,
			errors: [`data/: the files hold ${total} characters together, more than the limit of ${LIMITS.total}`]
		};

	const errors: string[] = [];
	const parsed = {} as Record<DataFile, Record<string, unknown>[]>;
	// A file that could not be read has no known ids; references into it are not reported twice.
	const unreadable = new Set<DataFile>();
	for (const file of DATA_FILES) {
		parsed[file] = [];
		let records: unknown;
		try {
			records = parseJson(texts[file]);
		} catch (error) {
			const path = dataPath(file);
			errors.push(error instanceof JsonSyntaxError ? `${path}:${error.message}` : `${path}: ${String(error)}`);
			unreadable.add(file);
			continue;
		}
		if (!Array.isArray(records) || records.length > LIMITS.records) {
			errors.push(
				Array.isArray(records)
					? `${dataPath(file)}: more than ${LIMITS.records} records (${records.length})`
					: `${dataPath(file)}: expected an array of records, got ${show(records)}`
			);
			unreadable.add(file);
			continue;
		}
		parsed[file] = records as Record<string, unknown>[];
	}

	/** Each record's name in messages: its id (or code), else its position. */
	const keyOf = (file: DataFile, record: unknown): string | null => {
		const key = (record as Record<string, unknown> | null)?.[KEY[file]];
		return typeof key === 'string' && key !== '' ? key : null;
	};
	const known = Object.fromEntries(
		DATA_FILES.map((file) => [file, new Set(parsed[file].map((r) => keyOf(file, r)).filter((k) => k !== null))])
	) as Record<DataFile, Set<string>>;
	const isKnown = (kind: RefKind, id: string) =>
		REF_FILES[kind].some((file) => known[file].has(id) || unreadable.has(file));
	const schemas = recordSchemas(isKnown);

	const ids = new Map<string, string>();
	for (const file of DATA_FILES) {
		parsed[file].forEach((record, index) => {
			const key = keyOf(file, record);
			const name = key ?? `[${index}]`;
			const result = v.safeParse(schemas[file], record, { abortPipeEarly: true });
			for (const issue of result.issues ?? [])
				errors.push(`${dataPath(file)}: ${name}${pathOf(issue)}: ${issue.message}`);
			if (key === null) return;
			const previous = ids.get(key);
			if (previous) errors.push(`${dataPath(file)}: ${name}.${KEY[file]}: duplicate id (also in ${previous})`);
			else ids.set(key, dataPath(file));
		});
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
	for (const story of parsed.stories)
		for (const { path, message } of slideDateIssues(story))
			errors.push(`${dataPath('stories')}: ${String(story.id)}${path}: ${message}`);
	for (const flow of parsed.flows)
		inSequence('flows', flow.id, flow.periods, 'periods', 'start', "the previous period's start", true);
}

/** A story's slides each have a date, or a from/to pair in order: issues as `{ path, message }`. */
function slideDateIssues(story: Record<string, unknown>): StoryIssue[] {
	const issues: StoryIssue[] = [];
	const slides = Array.isArray(story.slides) ? (story.slides as Record<string, unknown>[]) : [];
	slides.forEach((slide, i) => {
		if (typeof slide !== 'object' || slide === null) return;
		const path = `.slides[${i}]`;
		const pair = slide.from !== undefined || slide.to !== undefined;
		const [to, from] = [dayIfDate(slide.to), dayIfDate(slide.from)];
		if (slide.date !== undefined && pair)
			issues.push({ path, message: 'has both a date and a from/to pair (give one)' });
		else if (slide.date === undefined && !pair) issues.push({ path, message: 'needs a date, or a from/to pair' });
		else if (pair && (slide.from === undefined || slide.to === undefined))
			issues.push({ path, message: 'a from/to pair needs both from and to' });
		else if (to !== null && from !== null && to <= from)
			issues.push({ path: `${path}.to`, message: `${show(slide.to)} is not after from ${show(slide.from)}` });
	});
	return issues;
}

/** A mistake in a story: where (`.slides[2].title.fr`, from the story's root) and what. */
export interface StoryIssue {
	path: string;
	message: string;
}

/** How many things a story's author has to fix: a text empty in both its languages is one. */
export function thingsToFix(issues: StoryIssue[]): number {
	return new Set(issues.map((i) => `${i.path.replace(/\.(en|fr)$/, '')}: ${i.message}`)).size;
}

/**
 * Checks one story, as text (a file, a link, a stored draft), by the rules of data/stories.json,
 * with its references looked up by `isKnown`: the story, or every issue with the same wording
 * as the dataset's messages.
 */
export function validateStory(
	text: string,
	isKnown: (kind: RefKind, id: string) => boolean
): { ok: true; story: Story } | { ok: false; issues: StoryIssue[] } {
	if (text.length > LIMITS.total) return { ok: false, issues: [{ path: '', message: 'the story is too long' }] };
	let value: unknown;
	try {
		value = parseJson(text);
	} catch (error) {
		return {
			ok: false,
			issues: [{ path: '', message: error instanceof Error ? error.message.trim() : String(error) }]
		};
	}
	const result = v.safeParse(recordSchemas(isKnown).stories, value, { abortPipeEarly: true });
	const issues = (result.issues ?? []).map((issue) => ({ path: pathOf(issue), message: issue.message }));
	if (result.success) issues.push(...slideDateIssues(result.output));
	return issues.length ? { ok: false, issues } : { ok: true, story: result.output as Story };
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
