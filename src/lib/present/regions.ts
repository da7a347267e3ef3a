/**
 * The boxes of the named regions a slide may zoom to, `[west, south, east, north]` in degrees.
 * Generous on purpose: a slide frames a story, not a coastline.
 */
import type { Bbox, Region } from '../data/types';

export const REGION_BOXES: Record<Region, Bbox> = {
	world: [-180, -60, 180, 85],
	'north-america': [-135, 10, -55, 62],
	'united-states': [-126, 23, -66, 50],
	europe: [-12, 34, 32, 62],
	'east-asia': [95, 15, 145, 50],
	'asia-pacific': [65, -45, 180, 50],
	'middle-east': [25, 10, 65, 42]
};
