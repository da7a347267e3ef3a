import { error } from '@sveltejs/kit';
import { DATASET, mapModel, recordDetails } from '$lib/server/dataset';
import { adjacentEvents } from '$lib/data/eventNav';
import { excerptModel, packModel } from '$lib/data/wire';
import type { Lang } from '$lib/i18n/lang';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per action in each language: English at /events/<id>/, French at /fr/events/<id>/. */
export const entries: EntryGenerator = () =>
	DATASET.actions.flatMap((a) => [
		{ lang: undefined, id: a.id },
		{ lang: 'fr', id: a.id }
	]);

export const load: PageServerLoad = ({ params }) => {
	const lang: Lang = params.lang === 'fr' ? 'fr' : 'en';
	const model = mapModel(lang);
	const action = model.actions.find((a) => a.id === params.id);
	if (!action) error(404, 'No such event');
	const { previous, next } = adjacentEvents(model.actions, action.id);
	const brief = (a: typeof action | null) => (a ? { id: a.id, title: a.title, date: a.date } : null);
	// This event's details are prerendered; other records' come from /details/<lang>.json on demand.
	const details = { [action.id]: recordDetails(lang)[action.id] };
	// The HTML carries this event and what it names; the page fetches the rest (/model/<lang>.json).
	const targets = details[action.id].targets;
	const ids = new Set([action.id, ...(targets?.sites ?? []), ...(targets?.flows ?? [])]);
	return {
		lang,
		model: excerptModel(packModel(model), ids),
		details,
		id: action.id,
		previous: brief(previous),
		next: brief(next)
	};
};
