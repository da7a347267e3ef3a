import { describe, expect, it } from 'vitest';
import { basemapSlot, parseBasemapSlot } from './basemapSlot';

describe('basemapSlot', () => {
	it('round-trips the shaded countries', () => {
		const slot = basemapSlot(['FR', 'DE'], ['US']);
		expect(slot).toBe('<!--db-basemap:FR DE|US-->');
		expect(parseBasemapSlot(slot.slice('<!--db-basemap:'.length, -3))).toEqual({
			highlighted: ['FR', 'DE'],
			destination: ['US']
		});
	});

	it('drops anything that is not a country code, so nothing can close the comment', () => {
		expect(basemapSlot(['FR', '--><script>', 'fr', 'EU'], ['-->'])).toBe('<!--db-basemap:FR EU|-->');
	});
});
