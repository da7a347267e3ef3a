/**
 * Which snapshots exist (`/snapshots/<lang>/<name>.png|svg`) and what each shows: `default`
 * and `default-dark` (the explorer's opening view), and one per action at its date with it
 * selected (the event pages' preview images).
 */
import { error } from '@sveltejs/kit';
import { LANGS, isLang } from '$lib/i18n/lang';
import { DATASET, mapModel } from './dataset';
import type { SnapshotRequest } from './snapshot';

/** Every snapshot name, for prerendering. */
export function snapshotEntries(): { lang: string; name: string }[] {
	const names = ['default', 'default-dark', ...DATASET.actions.map((a) => a.id)];
	return LANGS.flatMap((lang) => names.map((name) => ({ lang, name })));
}

/** The view a snapshot name stands for; 404 for anything else. */
export function snapshotRequest(lang: string, name: string): SnapshotRequest {
	if (!isLang(lang)) error(404, 'Unknown language');
	if (name === 'default' || name === 'default-dark')
		return { lang, state: {}, theme: name === 'default' ? 'light' : 'dark' };
	const action = mapModel(lang).actions.find((a) => a.id === name);
	if (!action) error(404, 'Unknown snapshot');
	return { lang, state: { date: action.day, selected: action.id }, theme: 'light', title: action.title };
}
