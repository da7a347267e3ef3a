/**
 * oEmbed (https://oembed.com) for event pages: CMSs that auto-embed a pasted link fetch this
 * and get the iframe of the embed at the event's date, its preview image and a credit.
 */
import { embedSnippet, embedUrl } from './snippet';
import type { Lang } from '../i18n/lang';

export interface OEmbedInput {
	/** The site's absolute root without a trailing slash. */
	site: string;
	lang: Lang;
	id: string;
	date: string;
	title: string;
	providerName: string;
	iframeTitle: string;
	credit: string;
}

/** The oEmbed "rich" response for one event. */
export function eventOEmbed(o: OEmbedInput) {
	const query = `?date=${o.date}&selected=${o.id}&controls=slider&title=${o.id}`;
	return {
		version: '1.0',
		type: 'rich',
		title: o.title,
		provider_name: o.providerName,
		provider_url: `${o.site}/`,
		html: embedSnippet({
			site: o.site,
			lang: o.lang,
			query,
			title: o.iframeTitle,
			height: 720,
			credit: o.credit,
			fallback: { src: `${o.site}/snapshots/${o.lang}/${o.id}.png`, alt: o.title }
		}),
		width: 640,
		height: 720,
		thumbnail_url: `${o.site}/snapshots/${o.lang}/${o.id}.png`,
		thumbnail_width: 1200,
		thumbnail_height: 630,
		embed_url: embedUrl(o.site, o.lang, query)
	};
}
