import { error, json } from '@sveltejs/kit';
import { isLang, LANGS } from '$lib/i18n/lang';
import { recordDetails } from '$lib/server/dataset';
import type { EntryGenerator, RequestHandler } from './$types';

// Every record's sources, notes and summaries in one language, fetched by the browser the
// first time a panel needs them (see RecordDetails in src/lib/data/model.ts).
export const prerender = true;
export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => {
	if (!isLang(params.lang)) error(404, 'Unknown language');
	return json(recordDetails(params.lang));
};
