/**
 * What the three pages of a story (slides, presenter window, handout) load: the story in the
 * page's language, and the map model where the page draws the live map.
 */
import { error } from '@sveltejs/kit';
import { DATASET, mapModel, storyViews } from '$lib/server/dataset';
import { findStory } from '$lib/present/slides';
import { packModel } from '$lib/data/wire';
import type { Lang } from '$lib/i18n/lang';

/** One page per story in each language. */
export const storyEntries = () =>
	DATASET.stories.flatMap((s) => [
		{ lang: undefined, story: s.id },
		{ lang: 'fr', story: s.id }
	]);

/** The story a route names, in the route's language; 404 for an unknown one. */
export function loadStory(params: { lang?: string; story: string }) {
	const lang: Lang = params.lang === 'fr' ? 'fr' : 'en';
	const story = findStory(storyViews(lang), params.story);
	if (!story) error(404, 'No such story');
	return { lang, story, model: packModel(mapModel(lang)) };
}
