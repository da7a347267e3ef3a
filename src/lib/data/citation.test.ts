import { describe, expect, it } from 'vitest';
import { cite } from './citation';

const URL = 'https://data-borders.example/?date=2020-08-05&selected=us-clean-cloud';

describe('cite', () => {
	it('gives the reviewed references of a fixed view in APA, Chicago and BibTeX', () => {
		const { apa, chicago, bibtex } = cite({
			lang: 'en',
			url: URL,
			view: '5 August 2020',
			version: '0.3.1',
			asOf: '2026-12-05'
		});
		expect(apa).toBe(
			`Data Borders contributors. (2026). Data Borders: Where the cloud’s data lives, and which governments can reach it (Version 0.3.1; view of 5 August 2020) [Data set]. ${URL}`
		);
		expect(chicago).toBe(
			`Data Borders contributors. “Data Borders: Where the cloud’s data lives, and which governments can reach it.” Data set, version 0.3.1, 5 December 2026; view of 5 August 2020. ${URL}.`
		);
		expect(bibtex).toBe(
			[
				'@misc{databorders2026,',
				'  author = {{Data Borders contributors}},',
				'  title = {{Data Borders: Where the cloud’s data lives, and which governments can reach it}},',
				'  year = {2026},',
				'  version = {0.3.1},',
				'  note = {Data set, version 0.3.1, 5 December 2026; view of 5 August 2020},',
				`  url = {${URL}}`,
				'}'
			].join('\n')
		);
	});

	it('writes the French references in French, with French spacing', () => {
		const { apa } = cite({ lang: 'fr', url: URL, view: '5 août 2020', version: '0.3.1', asOf: '2026-12-05' });
		expect(apa).toBe(
			`Data Borders contributors. (2026). Data Borders\u202f: où vivent les données du cloud, et quels gouvernements peuvent les atteindre (Version 0.3.1\u202f; vue du 5 août 2020) [Jeu de données]. ${URL}`
		);
	});

	it('keeps a hostile address from closing a BibTeX field', () => {
		const { bibtex } = cite({
			lang: 'en',
			url: 'https://x.example/?a=}{\\evil',
			view: 'v',
			version: '1',
			asOf: '2026'
		});
		expect(bibtex).toContain('url = {https://x.example/?a=evil}');
	});
});
