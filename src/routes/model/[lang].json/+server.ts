import { error, json } from '@sveltejs/kit';
import { isLang, LANGS } from '$lib/i18n/lang';
import { mapModel } from '$lib/server/dataset';
import { packModel } from '$lib/data/wire';
import type { EntryGenerator, RequestHandler } from './$types';

// The whole map model in one language, fetched by the pages that ship only an excerpt of it in
// their HTML (the event pages), so each page stays the size of its own records.
export const prerender = true;
export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => {
	if (!isLang(params.lang)) error(404, 'Unknown language');
	return json(packModel(mapModel(params.lang)));
};
