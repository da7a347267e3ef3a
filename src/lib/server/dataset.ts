/**
 * The validated dataset and its per-language map models, built once per build process.
 * The files come in through Vite, so `npm run dev` reloads them; an invalid file stops the
 * build with every error (the Vite plugin in vite.config.ts reports the same list earlier).
 */
import { validateDataset, formatErrors } from '$lib/data/validate';
import { DATA_FILES, type DataFile, type Dataset } from '$lib/data/types';
import { buildDetails, buildMapModel, type MapModel, type RecordDetails } from '$lib/data/model';
import type { Lang } from '$lib/i18n/lang';
import { countryNameTable } from '$lib/i18n/format';
import { buildStoryView, sourcesById, type StoryView } from '$lib/present/storyView';
import { BASEMAP, project } from './world';

const files = import.meta.glob('/data/*.json', { query: '?raw', import: 'default', eager: true }) as Record<
	string,
	string
>;

function load(): Dataset {
	const texts = {} as Record<DataFile, string>;
	for (const file of DATA_FILES) texts[file] = files[`/data/${file}.json`] ?? '';
	const result = validateDataset(texts);
	if (!result.ok) throw new Error(formatErrors(result.errors));
	return result.dataset;
}

/** The whole dataset, validated. */
export const DATASET: Dataset = load();

const models = new Map<Lang, MapModel>();
/** The map model for one language. */
export function mapModel(lang: Lang): MapModel {
	let model = models.get(lang);
	if (!model) models.set(lang, (model = buildMapModel(DATASET, lang, project, BASEMAP.params)));
	return model;
}

const detailsByLang = new Map<Lang, Record<string, RecordDetails>>();
/** Every record's details (sources, notes, summaries) for one language. */
export function recordDetails(lang: Lang): Record<string, RecordDetails> {
	let details = detailsByLang.get(lang);
	if (!details) detailsByLang.set(lang, (details = buildDetails(DATASET, lang)));
	return details;
}

/** Every country code the dataset uses (sites, jurisdictions and their members, providers' homes). */
const COUNTRY_CODES = [
	...DATASET.sites.map((s) => s.country),
	...DATASET.providers.map((p) => p.headquarters),
	...DATASET.jurisdictions.flatMap((j) => [j.code, ...(j.members ?? []).map((m) => m.country)])
];
const namesByLang = new Map<Lang, Record<string, string>>();
/** The names of every country the dataset uses, in one language. */
export function countryNames(lang: Lang): Record<string, string> {
	let names = namesByLang.get(lang);
	if (!names) namesByLang.set(lang, (names = countryNameTable(COUNTRY_CODES, lang)));
	return names;
}

const storiesByLang = new Map<Lang, StoryView[]>();
/** Every story in one language, each slide with its view and sources. */
export function storyViews(lang: Lang): StoryView[] {
	let stories = storiesByLang.get(lang);
	if (!stories) {
		const sources = sourcesById(DATASET);
		stories = DATASET.stories.map((story) => buildStoryView(story, lang, BASEMAP.params, sources));
		storiesByLang.set(lang, stories);
	}
	return stories;
}
