/**
 * Opening a cluster: when marks crowd the one a reader picks (closer on screen than a touch
 * target), the zoom that spreads them apart around it.
 */
import { MAX_ZOOM, clampView, type ZoomView } from './zoom';

/** Marks closer than this, in map units at zoom 1, stand at the same place: no zoom parts them. */
const SAME_PLACE = 0.05;

/**
 * The zoom centred on `at` at which its nearest crowding neighbour among `points` (all in map
 * units at zoom 1) lies at least `gap` away on screen (frame units), with a margin; null when none
 * crowds it at `zoom` or the maximum zoom would not spread them noticeably further.
 */
export function spreadZoom(
	points: { x: number; y: number }[],
	at: { x: number; y: number },
	zoom: ZoomView,
	gap: number,
	width: number,
	height: number
): ZoomView | null {
	let nearest = Infinity;
	for (const p of points) {
		const d = Math.hypot(p.x - at.x, p.y - at.y);
		if (d > SAME_PLACE && d * zoom.k < gap) nearest = Math.min(nearest, d);
	}
	if (nearest === Infinity) return null;
	const k = Math.min(MAX_ZOOM, (gap / nearest) * 1.25);
	if (k < zoom.k * 1.1) return null;
	return clampView({ k, x: at.x, y: at.y }, width, height);
}
