/**
 * "Cite this view": a view's permalink with the dataset's version, as a reference in APA
 * (7th edition, data set), Chicago (17th edition, bibliography) and BibTeX. The dataset's
 * as-of date stands for the publication date: a versioned data set needs no retrieval date.
 */
import type { Lang } from '../i18n/lang';
import { formatPartialDate } from '../i18n/format';

export interface CitationInput {
	lang: Lang;
	/** The view's absolute address. */
	url: string;
	/** What the view shows, in words: "the map on 5 August 2020". */
	view: string;
	version: string;
	/** The dataset's as-of date (YYYY-MM-DD). */
	asOf: string;
}

export interface Citations {
	apa: string;
	chicago: string;
	bibtex: string;
}

const AUTHOR = 'Data Borders contributors';
const WORDS = {
	en: {
		title: 'Data Borders: Where the cloud’s data lives, and which governments can reach it',
		dataset: 'Data set',
		version: 'version',
		viewOf: 'view of',
		semicolon: ';'
	},
	fr: {
		title: 'Data Borders\u202f: où vivent les données du cloud, et quels gouvernements peuvent les atteindre',
		dataset: 'Jeu de données',
		version: 'version',
		viewOf: 'vue du',
		semicolon: '\u202f;'
	}
} as const;

/** Braces and backslashes would end or escape a BibTeX field: drop them from the text. */
const bibtexText = (text: string) => text.replace(/[{}\\]/g, '');

/**
 * The three references of a view.
 * @example cite({ lang: 'en', url: 'https://x.org/?date=2020-08-05', view: 'the map on 5 August 2020', version: '0.3.1', asOf: '2026-12-05' }).apa
 * // "Data Borders contributors. (2026). Data Borders: Where the cloud’s data lives, and which governments can reach it (Version 0.3.1; view of the map on 5 August 2020) [Data set]. https://x.org/?date=2020-08-05"
 */
export function cite({ lang, url, view, version, asOf }: CitationInput): Citations {
	const w = WORDS[lang];
	const year = asOf.slice(0, 4);
	const date = formatPartialDate(asOf, lang);
	return {
		apa: `${AUTHOR}. (${year}). ${w.title} (Version ${version}${w.semicolon} ${w.viewOf} ${view}) [${w.dataset}]. ${url}`,
		chicago: `${AUTHOR}. “${w.title}.” ${w.dataset}, ${w.version} ${version}, ${date}${w.semicolon} ${w.viewOf} ${view}. ${url}.`,
		bibtex: [
			`@misc{databorders${year},`,
			`  author = {{${AUTHOR}}},`,
			`  title = {{${bibtexText(w.title)}}},`,
			`  year = {${year}},`,
			`  version = {${version}},`,
			`  note = {${w.dataset}, ${w.version} ${version}, ${date}${w.semicolon} ${bibtexText(`${w.viewOf} ${view}`)}},`,
			`  url = {${bibtexText(url)}}`,
			`}`
		].join('\n')
	};
}
