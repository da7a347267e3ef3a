/**
 * A story in one language, ready to present: each slide's words, its view of the map and the
 * sources of the records it cites (deduplicated by URL), built once on the server.
 */
import type { Dataset, Source, Story } from '../data/types';
import type { ProjectionParams } from '../geo/basemap';
import type { Lang } from '../i18n/lang';
import type { ViewState } from '../url/viewState';
import { slideCitations, slideState } from './slides';

export interface SlideView {
	title: string;
	text: string;
	notes: string;
	state: ViewState;
	highlight: string[];
	/** The slide's date as written in the data (at its precision), or null on a "what changed" slide. */
	date: string | null;
	/** The compared dates of a "what changed" slide, or null. */
	pair: { from: string; to: string } | null;
	sources: Source[];
}

export interface StoryView {
	id: string;
	title: string;
	summary: string;
	slides: SlideView[];
}

/** The sources of every record in a dataset, by id. */
export function sourcesById(dataset: Pick<Dataset, 'sites' | 'actions' | 'flows'>): Map<string, Source[]> {
	return new Map([...dataset.sites, ...dataset.actions, ...dataset.flows].map((r) => [r.id, r.sources]));
}

/** One story in `lang`, with each slide's view and sources. */
export function buildStoryView(
	story: Story,
	lang: Lang,
	params: ProjectionParams,
	sources: Map<string, Source[]>
): StoryView {
	return {
		id: story.id,
		title: story.title[lang],
		summary: story.summary[lang],
		slides: story.slides.map((slide) => {
			const seen = new Set<string>();
			const cited = slideCitations(slide)
				.flatMap((id) => sources.get(id) ?? [])
				.filter((s) => !seen.has(s.url) && seen.add(s.url));
			return {
				title: slide.title[lang],
				text: slide.text[lang],
				notes: slide.notes?.[lang] ?? '',
				state: slideState(slide, params),
				highlight: [...slide.highlight],
				date: slide.date ?? null,
				pair: slide.from && slide.to ? { from: slide.from, to: slide.to } : null,
				sources: cited
			};
		})
	};
}
