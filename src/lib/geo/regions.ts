/**
 * The named regions a view may zoom to (a slide's focus, the explorer's region buttons, the URL's
 * `region=`), as boxes `[west, south, east, north]` in degrees, and the zoom that fits a box in
 * the map's frame. Generous boxes on purpose: a view frames a story, not a coastline.
 */
import type { Bbox, Region } from '../data/types';
import type { ProjectionParams } from './basemap';
import { invertLonLat, projectLonLat } from './lonLat';
import { MAX_ZOOM, clampView, initialView, type ZoomView } from './zoom';
import type { Focus } from '../url/viewState';

export const REGION_BOXES: Record<Region, Bbox> = {
	world: [-180, -60, 180, 85],
	'north-america': [-135, 10, -55, 62],
	'united-states': [-126, 23, -66, 50],
	europe: [-12, 34, 32, 62],
	'east-asia': [95, 15, 145, 50],
	'asia-pacific': [65, -45, 180, 50],
	'middle-east': [25, 10, 65, 42]
};

/** Room left around a focused box, so its edge markers are not cut. */
const MARGIN = 0.88;
/** Points sampled along each edge: Equal Earth bends meridians, so corners are not enough. */
const SAMPLES = 8;

/**
 * The zoom that fits a box in the map's frame: the factor, and the centre of the box's
 * projected extent; null when the box is (nearly) the whole map.
 * @example focusOfBox([-12, 34, 32, 62], params) // { k: 4.1, center: [9.3, 48.9] }
 */
export function focusOfBox([west, south, east, north]: Bbox, params: ProjectionParams): Focus | null {
	const xs: number[] = [];
	const ys: number[] = [];
	for (let i = 0; i <= SAMPLES; i++) {
		const lon = west + ((east - west) * i) / SAMPLES;
		const lat = south + ((north - south) * i) / SAMPLES;
		for (const point of [
			[lon, south],
			[lon, north],
			[west, lat],
			[east, lat]
		] as [number, number][]) {
			const [x, y] = projectLonLat(point, params);
			xs.push(x);
			ys.push(y);
		}
	}
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const k = Math.min(MAX_ZOOM, MARGIN * Math.min(params.width / (x1 - x0), params.height / (y1 - y0)) || 1);
	if (k <= 1.05) return null;
	const [lon, lat] = invertLonLat([(x0 + x1) / 2, (y0 + y1) / 2], params);
	return { k: Math.round(k * 100) / 100, center: [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100] };
}

/** The zoom that frames a named region; null for the whole world. */
export const regionFocus = (region: Region, params: ProjectionParams): Focus | null =>
	focusOfBox(REGION_BOXES[region], params);

/** The zoom that shows a focus (the whole map for none). */
export function zoomOfFocus(focus: Focus | null, params: ProjectionParams): ZoomView {
	if (!focus) return initialView(params.width, params.height);
	const [x, y] = projectLonLat(focus.center, params);
	return clampView({ k: focus.k, x, y }, params.width, params.height);
}

/** Whether a zoom is the one that frames a region (the reader has not panned or zoomed away). */
export function framesRegion(zoom: ZoomView, region: Region, params: ProjectionParams): boolean {
	const z = zoomOfFocus(regionFocus(region, params), params);
	return Math.abs(z.k - zoom.k) < 1e-6 && Math.abs(z.x - zoom.x) < 1e-6 && Math.abs(z.y - zoom.y) < 1e-6;
}
