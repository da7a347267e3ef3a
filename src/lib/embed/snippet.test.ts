import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, fullViewUrl } from './snippet';

const BASE = {
	site: 'https://atlas.example/db',
	lang: 'en' as const,
	query: '?date=2020-08-05&selected=us-clean-cloud',
	title: 'Cloud data map',
	height: 640,
	credit: 'Data Borders'
};

describe('embed snippet', () => {
	it('points the iframe at the embed of the same view, in the chosen language', () => {
		expect(embedUrl(BASE.site, 'en', BASE.query)).toBe(
			'https://atlas.example/db/embed/?date=2020-08-05&selected=us-clean-cloud'
		);
		expect(embedUrl(BASE.site, 'fr', '')).toBe('https://atlas.example/db/fr/embed/');
		expect(fullViewUrl(BASE.site, 'fr', '?date=2015')).toBe('https://atlas.example/db/fr/?date=2015');
	});

	it('has the iframe with title, lazy loading and a height, the loader, a fallback and a credit', () => {
		const html = embedSnippet({ ...BASE, fallback: { src: 'https://atlas.example/db/og/en.png', alt: 'A map' } });
		expect(html).toBe(
			[
				'<iframe src="https://atlas.example/db/embed/?date=2020-08-05&amp;selected=us-clean-cloud" title="Cloud data map" loading="lazy" data-data-borders style="width:100%;border:0;height:640px"></iframe>',
				'<script async src="https://atlas.example/db/embed.js"></script>',
				'<noscript><a href="https://atlas.example/db/?date=2020-08-05&amp;selected=us-clean-cloud"><img src="https://atlas.example/db/og/en.png" alt="A map" style="width:100%;height:auto"></a></noscript>',
				'<p style="font:14px sans-serif"><a href="https://atlas.example/db/?date=2020-08-05&amp;selected=us-clean-cloud">Data Borders</a></p>'
			].join('\n')
		);
	});

	it('escapes every value', () => {
		const html = embedSnippet({ ...BASE, title: '"><script>alert(1)</script>', credit: '<b>x</b>' });
		expect(html).not.toContain('<script>alert');
		expect(html).not.toContain('<b>');
		expect(html).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
	});

	it('keeps the initial height within bounds', () => {
		expect(embedSnippet({ ...BASE, height: 1e9 })).toContain('height:4000px');
		expect(embedSnippet({ ...BASE, height: -5 })).toContain('height:120px');
	});
});
