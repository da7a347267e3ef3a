import { describe, expect, it } from 'vitest';
import { eventOEmbed } from './oembed';

describe('eventOEmbed', () => {
	const doc = eventOEmbed({
		site: 'https://atlas.example',
		lang: 'fr',
		id: 'cjeu-schrems-ii',
		date: '2020-07-16',
		title: 'Schrems II',
		providerName: 'Data Borders',
		iframeTitle: 'Carte',
		credit: 'Data Borders'
	});

	it('is a rich oEmbed response with the iframe at the event', () => {
		expect(doc).toMatchObject({ version: '1.0', type: 'rich', title: 'Schrems II', width: 640, height: 720 });
		expect(doc.embed_url).toBe(
			'https://atlas.example/fr/embed/?date=2020-07-16&selected=cjeu-schrems-ii&controls=slider&title=cjeu-schrems-ii'
		);
		expect(doc.html).toContain(
			'<iframe src="https://atlas.example/fr/embed/?date=2020-07-16&amp;selected=cjeu-schrems-ii'
		);
		expect(doc.html).toContain('<script async src="https://atlas.example/embed.js"></script>');
		expect(doc.thumbnail_url).toBe('https://atlas.example/snapshots/fr/cjeu-schrems-ii.png');
	});
});
