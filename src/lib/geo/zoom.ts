/**
 * Pan and zoom as pure arithmetic on a view `{ k, x, y }`: the zoom factor and the map point
 * (in map units) at the centre of the frame. The map is never re-projected; the view becomes
 * one SVG transform, and markers divide their size by `k` to keep it on screen.
 */

/** A zoom factor and the map point at the centre of the frame. */
export interface ZoomView {
	k: number;
	x: number;
	y: number;
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 16;
/** The factor one press of + or − applies. */
export const ZOOM_STEP = 1.6;

/** The whole map, centred. */
export function initialView(width: number, height: number): ZoomView {
	return { k: 1, x: width / 2, y: height / 2 };
}

/** Clamps the factor to its range and the centre so the map always covers the frame. */
export function clampView(view: ZoomView, width: number, height: number): ZoomView {
	const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Number.isFinite(view.k) ? view.k : 1));
	const halfW = width / (2 * k);
	const halfH = height / (2 * k);
	const clamp = (v: number, lo: number, hi: number) =>
		Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : (lo + hi) / 2;
	return { k, x: clamp(view.x, halfW, width - halfW), y: clamp(view.y, halfH, height - halfH) };
}

/**
 * Zooms by `factor` keeping the map point under `anchor` (map units of the unzoomed frame,
 * e.g. the pointer) where it is on screen.
 * @example zoomAt(initialView(960, 500), 2, [480, 250], 960, 500) // { k: 2, x: 480, y: 250 }
 */
export function zoomAt(
	view: ZoomView,
	factor: number,
	anchor: [number, number],
	width: number,
	height: number
): ZoomView {
	const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k * factor));
	// The map point under the anchor before, and the centre that keeps it under the anchor after.
	const px = view.x + (anchor[0] - width / 2) / view.k;
	const py = view.y + (anchor[1] - height / 2) / view.k;
	return clampView({ k, x: px - (anchor[0] - width / 2) / k, y: py - (anchor[1] - height / 2) / k }, width, height);
}

/** Pans by a distance in frame units (pixels of the unzoomed frame). */
export function panBy(view: ZoomView, dx: number, dy: number, width: number, height: number): ZoomView {
	return clampView({ k: view.k, x: view.x - dx / view.k, y: view.y - dy / view.k }, width, height);
}

/** Where a map point (units at zoom 1) stands in the frame of `view`, in the frame's units. */
export function toFrame(view: ZoomView, x: number, y: number, width: number, height: number): [number, number] {
	return [(x - view.x) * view.k + width / 2, (y - view.y) * view.k + height / 2];
}

/** Whether a map point stands inside the frame of `view` (a frame of `width` × `height`). */
export function inFrame(view: ZoomView, x: number, y: number, width: number, height: number): boolean {
	const [fx, fy] = toFrame(view, x, y, width, height);
	return fx >= 0 && fy >= 0 && fx <= width && fy <= height;
}

/** The SVG transform that shows `view` in a frame of `width` × `height`. */
export function viewTransform(view: ZoomView, width: number, height: number): string {
	const tx = width / 2 - view.k * view.x;
	const ty = height / 2 - view.k * view.y;
	return `translate(${round(tx)} ${round(ty)}) scale(${round(view.k, 4)})`;
}

function round(value: number, digits = 2): number {
	const f = 10 ** digits;
	return Math.round(value * f) / f;
}
