/**
 * The world basemap, projected once per build process. Server-only: the browser gets the
 * markup inside the prerendered HTML and the projection's parameters, never the topology; the
 * projected country outlines only as a static file, when a page shades a country it did not
 * prerender (src/routes/basemap/countries.json).
 */
import topology from 'world-atlas/countries-110m.json';
import countries from 'i18n-iso-countries';
import type { Topology } from 'topojson-specification';
import { buildBasemap, basemapMarkup } from '$lib/geo/basemap';
import { parseBasemapSlot } from '$lib/geo/basemapSlot';
import { projectLonLat } from '$lib/geo/lonLat';
import type { LonLat } from '$lib/data/types';

// world-atlas keys countries by ISO 3166-1 numeric code; the dataset uses alpha-2.
export const BASEMAP = buildBasemap(topology as unknown as Topology, (id) =>
	id === undefined ? null : (countries.numericToAlpha2(id) ?? null)
);

/** Projects `[longitude, latitude]` onto the basemap, in map units. */
export function project(lonLat: LonLat): [number, number] {
	return projectLonLat(lonLat, BASEMAP.params);
}

/** A comment the map component leaves where the basemap goes; hooks.server.ts fills it in. */
const SLOT = /<!--db-basemap:([A-Z |]*)-->/g;

/** Replaces each basemap slot in a page with the basemap, shading the countries it names. */
export function fillBasemapSlots(html: string): string {
	// The comment stays: Svelte's hydration expects the markup it rendered, and the basemap follows it.
	return html.replace(SLOT, (slot, body: string) => {
		const { highlighted, destination } = parseBasemapSlot(body);
		return slot + basemapMarkup(BASEMAP, highlighted, destination);
	});
}
