import { error, json } from '@sveltejs/kit';
import { eventOEmbed } from '$lib/embed/oembed';
import { isLang, LANGS } from '$lib/i18n/lang';
import { translate } from '$lib/i18n/format';
import { DATASET, mapModel } from '$lib/server/dataset';
import { SITE_URL } from '$lib/siteUrl';
import type { EntryGenerator, RequestHandler } from './$types';

// One oEmbed document per event and language, linked from each event page; oEmbed needs the
// site's absolute address, so a build without SITE_URL writes none (and the pages link none).
export const prerender = true;
export const entries: EntryGenerator = () =>
	SITE_URL ? LANGS.flatMap((lang) => DATASET.actions.map((a) => ({ lang, id: a.id }))) : [];

export const GET: RequestHandler = ({ params, url }) => {
	if (!isLang(params.lang)) error(404, 'Unknown language');
	const action = mapModel(params.lang).actions.find((a) => a.id === params.id);
	if (!action) error(404, 'Unknown event');
	// oEmbed needs absolute URLs: the configured origin (SITE_URL) and base path (BASE_PATH).
	const site = `${url.origin}${process.env.BASE_PATH ?? ''}`;
	return json(
		eventOEmbed({
			site,
			lang: params.lang,
			id: action.id,
			date: action.date,
			title: action.title,
			providerName: translate(params.lang, 'site.title'),
			iframeTitle: translate(params.lang, 'embed.iframeTitle'),
			credit: translate(params.lang, 'embed.creditLink')
		})
	);
};
