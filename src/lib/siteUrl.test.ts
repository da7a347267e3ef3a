import { describe, expect, it } from 'vitest';
import { SITE_URL, absoluteUrl } from './siteUrl';

describe('absoluteUrl', () => {
	it('resolves a path, relative or not, against the page on the configured site', () => {
		expect(SITE_URL).toBe('https://data-borders.example');
		expect(absoluteUrl('../../snapshots/en/x.png', '/events/x/')).toBe(
			'https://data-borders.example/snapshots/en/x.png'
		);
		expect(absoluteUrl('/atlas/oembed/fr/x.json', '/atlas/fr/events/x/')).toBe(
			'https://data-borders.example/atlas/oembed/fr/x.json'
		);
	});
});
