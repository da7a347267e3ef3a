/**
 * A story's slides as views of the map: each slide maps to one ViewState (date or compared
 * pair, selection, zoom, layers), and the slide number lives in the URL (`?slide=3`) so a link
 * or a reload resumes there. Pure: the browser and the build (handout images) share it.
 */
import type { Bbox, Slide, Story } from '../data/types';
import type { ProjectionParams } from '../geo/basemap';
import { invertLonLat, projectLonLat } from '../geo/lonLat';
import { MAX_ZOOM } from '../geo/zoom';
import { dayOf } from '../time/partialDate';
import { defaultViewState, type Focus, type ViewState } from '../url/viewState';
import { REGION_BOXES } from './regions';

/** Room left around a focused box, so its edge markers are not cut. */
const MARGIN = 0.88;
/** Points sampled along each edge: Equal Earth bends meridians, so corners are not enough. */
const SAMPLES = 8;

/** The box a slide zooms to. */
export function slideBox(slide: Pick<Slide, 'focus'>): Bbox {
	return 'region' in slide.focus ? REGION_BOXES[slide.focus.region] : slide.focus.bbox;
}

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

/** The view a slide shows: its date (or compared pair), first highlight selected, zoom and layers. */
export function slideState(slide: Slide, params: ProjectionParams): ViewState {
	const compare = slide.from && slide.to ? { from: dayOf(slide.from), to: dayOf(slide.to) } : null;
	return {
		...defaultViewState(),
		date: compare ? compare.to : dayOf(slide.date ?? slide.to ?? ''),
		compare,
		selected: slide.highlight[0] ?? null,
		focus: focusOfBox(slideBox(slide), params),
		layers: [...slide.layers]
	};
}

/**
 * The slide index (from 0) a `?slide=` value asks for: a whole number from 1 to the count.
 * Anything else (missing, "abc", "0", "2.5", too large) opens the first slide.
 */
export function slideIndexOf(value: string | null, count: number): number {
	if (value === null || !/^\d{1,4}$/.test(value)) return 0;
	const n = Number(value);
	return n >= 1 && n <= count ? n - 1 : 0;
}

/** The slide index after a move, kept within the story (or wrapped when looping). */
export function stepSlide(index: number, by: number, count: number, loop = false): number {
	const next = index + by;
	if (loop) return ((next % count) + count) % count;
	return Math.min(count - 1, Math.max(0, next));
}

/** The ids whose sources back a slide, in order, without repeats. */
export function slideCitations(slide: Pick<Slide, 'cites'>): string[] {
	return [...new Set(slide.cites)];
}

/** A story by id, or null: ids come from the URL and are only ever looked up. */
export function findStory<S extends Pick<Story, 'id'>>(stories: readonly S[], id: string): S | null {
	return stories.find((s) => s.id === id) ?? null;
}

/** Ease in and out (cubic), for slide transitions. */
export const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * A view part way (`t` from 0 to 1) between two: the zoom factor moves evenly on a log scale
 * (so zooming in and out feel the same speed), the centre and the date linearly.
 */
export function tweenView(
	from: { k: number; x: number; y: number; date: number },
	to: { k: number; x: number; y: number; date: number },
	t: number
): { k: number; x: number; y: number; date: number } {
	const e = easeInOut(Math.min(1, Math.max(0, t)));
	return {
		k: Math.exp(Math.log(from.k) + (Math.log(to.k) - Math.log(from.k)) * e),
		x: from.x + (to.x - from.x) * e,
		y: from.y + (to.y - from.y) * e,
		date: Math.round(from.date + (to.date - from.date) * e)
	};
}
