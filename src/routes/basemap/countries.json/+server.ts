import { json } from '@sveltejs/kit';
import { countryShapes } from '$lib/geo/basemap';
import { BASEMAP } from '$lib/server/world';
import type { RequestHandler } from './$types';

// Every country's outline by alpha-2 code, fetched by the browser the first time a page shades
// a country the prerendered markup did not (see src/lib/geo/shading.ts).
export const prerender = true;

export const GET: RequestHandler = () => json(countryShapes(BASEMAP));
