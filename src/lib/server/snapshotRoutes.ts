/**
 * Which snapshots exist (`/snapshots/<lang>/<name>.png|svg`) and what each shows: `default`
 * and `default-dark` (the explorer's opening view), and one per action at its date with it
 * selected (the event pages' preview images); and, as SVG only, two per slide of each story:
 * `story-<story>-<n>` (the presenter window's picture) and `print-<story>-<n>` (the handout's).
 */
import { error } from '@sveltejs/kit';
import { LANGS, isLang } from '$lib/i18n/lang';
import { DATASET, mapModel, storyViews } from './dataset';
import type { SnapshotRequest } from './snapshot';
import { SITE_URL } from '$lib/siteUrl';
import { eventPath } from '$lib/url/recordLinks';
import { localizedPath } from '$lib/i18n/lang';

/** Every snapshot name, for prerendering. */
export function snapshotEntries(): { lang: string; name: string }[] {
	const names = ['default', 'default-dark', ...DATASET.actions.map((a) => a.id)];
	return LANGS.flatMap((lang) => names.map((name) => ({ lang, name })));
}

/** The name of a slide's snapshot (n counts from 1), as a card or as the handout's map. */
export const slideSnapshotName = (story: string, n: number, print = false) =>
	`${print ? 'print' : 'story'}-${story}-${n}`;

/** Every slide's snapshot name, for prerendering the SVGs. */
export function slideSnapshotEntries(): { lang: string; name: string }[] {
	return LANGS.flatMap((lang) =>
		storyViews(lang).flatMap((story) =>
			story.slides.flatMap((_, i) =>
				[false, true].map((print) => ({ lang, name: slideSnapshotName(story.id, i + 1, print) }))
			)
		)
	);
}

/** The view a snapshot name stands for; 404 for anything else. */
export function snapshotRequest(lang: string, name: string): SnapshotRequest {
	if (!isLang(lang)) error(404, 'Unknown language');
	for (const story of storyViews(lang)) {
		for (const print of [false, true]) {
			const index = story.slides.findIndex((_, i) => slideSnapshotName(story.id, i + 1, print) === name);
			if (index < 0) continue;
			const slide = story.slides[index];
			return {
				lang,
				state: slide.state,
				theme: 'light',
				title: slide.title,
				spotlight: slide.highlight,
				format: print ? 'handout' : 'card'
			};
		}
	}
	if (name === 'default' || name === 'default-dark')
		return {
			lang,
			state: {},
			theme: name === 'default' ? 'light' : 'dark',
			permalink: SITE_URL && `${SITE_URL}${localizedPath('/', lang)}`
		};
	const action = mapModel(lang).actions.find((a) => a.id === name);
	if (!action) error(404, 'Unknown snapshot');
	return {
		lang,
		state: { date: action.day, selected: action.id },
		theme: 'light',
		title: action.title,
		permalink: SITE_URL && `${SITE_URL}${eventPath(action.id, lang)}`
	};
}
