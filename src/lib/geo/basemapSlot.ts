/**
 * The placeholder the map component renders where the basemap goes. At prerender,
 * hooks.server.ts swaps it for the projected countries; in the browser the same `{@html}`
 * hydrates over that markup without replacing it, so the geometry never ships as JavaScript.
 * It names the countries to shade (`hl`) and, for a selected flow, its destination (`hl2`).
 */
const CODE = /^[A-Z]{2}$/;

/** The slot comment for the given shaded countries. */
export function basemapSlot(highlighted: readonly string[], destination: readonly string[] = []): string {
	const list = (codes: readonly string[]) => codes.filter((c) => CODE.test(c)).join(' ');
	return `<!--db-basemap:${list(highlighted)}|${list(destination)}-->`;
}

/** Reads a slot comment's two lists back; the inverse of basemapSlot. */
export function parseBasemapSlot(body: string): { highlighted: string[]; destination: string[] } {
	const [a = '', b = ''] = body.split('|');
	const codes = (text: string) => text.split(' ').filter((c) => CODE.test(c));
	return { highlighted: codes(a), destination: codes(b) };
}
