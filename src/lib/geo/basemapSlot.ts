/**
 * The placeholder the map component renders where the basemap goes. At prerender,
 * hooks.server.ts swaps it for the projected countries; in the browser the same `{@html}`
 * hydrates over that markup without replacing it, so the geometry never ships as JavaScript.
 */
export function basemapSlot(highlighted: readonly string[]): string {
	const codes = highlighted.filter((c) => /^[A-Z]{2}$/.test(c)).join(' ');
	return `<!--db-basemap:${codes}-->`;
}
