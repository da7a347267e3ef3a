/**
 * The paste-ready embed snippet: an iframe of exactly the chosen view, the loader that sizes
 * it, and a no-script fallback (an image of the view where one exists, and a link to it).
 * Every value is escaped: the snippet is text a journalist pastes into a CMS.
 */
import type { Lang } from '../i18n/lang';

export interface SnippetOptions {
	/** The site's absolute root URL without a trailing slash, e.g. `https://databorders.example/atlas`. */
	site: string;
	lang: Lang;
	/** The embed's query string, with its `?`, or empty. */
	query: string;
	/** The iframe's title, for screen readers. */
	title: string;
	/** Height before the loader resizes it, in pixels. */
	height: number;
	/** A prerendered image of the view, for readers without JavaScript or in newsletters. */
	fallback?: { src: string; alt: string };
	/** The credit link's text. */
	credit: string;
}

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The embed page's URL for a language and query. */
export function embedUrl(site: string, lang: Lang, query: string): string {
	return `${site}${lang === 'fr' ? '/fr' : ''}/embed/${query}`;
}

/** The full explorer's URL for the same view. */
export function fullViewUrl(site: string, lang: Lang, query: string): string {
	return `${site}${lang === 'fr' ? '/fr' : ''}/${query}`;
}

/**
 * The HTML to paste.
 * @example embedSnippet({ site: 'https://x.org', lang: 'en', query: '?date=2020-08-05', title: 'Map', height: 600, credit: 'Data Borders' })
 */
export function embedSnippet(o: SnippetOptions): string {
	const src = embedUrl(o.site, o.lang, o.query);
	const full = fullViewUrl(o.site, o.lang, o.query);
	const height = Math.max(120, Math.min(4000, Math.round(o.height)));
	const fallback = o.fallback
		? `<noscript><a href="${escape(full)}"><img src="${escape(o.fallback.src)}" alt="${escape(o.fallback.alt)}" style="width:100%;height:auto"></a></noscript>`
		: `<noscript><a href="${escape(full)}">${escape(o.title)}</a></noscript>`;
	return [
		`<iframe src="${escape(src)}" title="${escape(o.title)}" loading="lazy" data-data-borders style="width:100%;border:0;height:${height}px"></iframe>`,
		`<script async src="${escape(o.site)}/embed.js"></script>`,
		fallback,
		`<p style="font:14px sans-serif"><a href="${escape(full)}">${escape(o.credit)}</a></p>`
	].join('\n');
}
