/**
 * A story's slides as views of the map: each slide maps to one ViewState (date or compared
 * pair, selection, zoom, layers), and the slide number lives in the URL (`?slide=3`) so a link
 * or a reload resumes there. Pure: the browser and the build (handout images) share it.
 */
import type { Bbox, Slide, Story } from '../data/types';
import type { ProjectionParams } from '../geo/basemap';
import { dayOf } from '../time/partialDate';
import { defaultViewState, type Filters, type ViewState } from '../url/viewState';
import { REGION_BOXES, focusOfBox } from '../geo/regions';

/** The box a slide zooms to. */
export function slideBox(slide: Pick<Slide, 'focus'>): Bbox {
	return 'region' in slide.focus ? REGION_BOXES[slide.focus.region] : slide.focus.bbox;
}

/** The explorer's filters a slide sets (none where it sets none). */
export function slideFilters(slide: Pick<Slide, 'filters'>): Filters {
	const f = slide.filters ?? {};
	return {
		providers: [...(f.providers ?? [])],
		kinds: [...(f.kinds ?? [])],
		jurisdictions: [...(f.jurisdictions ?? [])],
		home: [...(f.home ?? [])]
	};
}

/** The view a slide shows: its date (or compared pair), first highlight selected, zoom, layers and filters. */
export function slideState(slide: Slide, params: ProjectionParams): ViewState {
	const compare = slide.from && slide.to ? { from: dayOf(slide.from), to: dayOf(slide.to) } : null;
	return {
		...defaultViewState(),
		date: compare ? compare.to : dayOf(slide.date ?? slide.to ?? ''),
		compare,
		selected: slide.highlight[0] ?? null,
		focus: focusOfBox(slideBox(slide), params),
		layers: [...slide.layers],
		filters: slideFilters(slide)
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
