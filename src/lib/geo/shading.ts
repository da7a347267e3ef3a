/**
 * Country shading in the browser, loaded the first time a map shades a country (WorldMap). The
 * prerendered basemap draws the land as one path and only the countries shaded in the page's
 * own state (see basemapMarkup); shading another country needs its outline, fetched once from
 * /basemap/countries.json the first time it is needed.
 */

/** Countries' outlines (SVG path data in map units) by alpha-2 code. */
export type CountryShapes = Record<string, string>;

/** The classes a shaded country carries: the selection's origin, or a flow's destination. */
export type Shade = 'hl' | 'hl2';

const CODE = /^[A-Z]{2}$/;
/** Path data as basemapMarkup writes it: moves, lines and closes in plain numbers. */
const PATH_DATA = /^[MmLlHhVvZz0-9 ,.-]*$/;

/**
 * The outlines in a fetched file, each checked: an alpha-2 code and path data made only of
 * commands and numbers; anything else is left out. (The page sets them through the DOM, and a
 * download serialises them, so nothing else could become markup anyway.)
 * @example readCountryShapes({ FR: 'M1,2l3,4z', DE: '<script>' }) // { FR: 'M1,2l3,4z' }
 */
export function readCountryShapes(data: unknown): CountryShapes {
	const out: CountryShapes = {};
	if (typeof data === 'object' && data !== null && !Array.isArray(data))
		for (const [code, d] of Object.entries(data))
			if (CODE.test(code) && typeof d === 'string' && PATH_DATA.test(d)) out[code] = d;
	return out;
}

/**
 * Which countries to shade and how: `hl` for the origin, `hl2` for a destination; the origin wins.
 * The prerendered basemap (basemapMarkup) and the browser shade by this one rule.
 */
export function shadeOf(highlighted: readonly string[], destination: readonly string[]): Map<string, Shade> {
	const out = new Map<string, Shade>();
	for (const code of destination) out.set(code, 'hl2');
	for (const code of highlighted) out.set(code, 'hl');
	return out;
}

let pending: Promise<CountryShapes> | null = null;

/**
 * The outlines, fetched once per page. A failed fetch (or a page that is not JSON) rejects, and
 * the next call tries again; JSON that is not outlines gives none.
 */
export function loadCountryShapes(url: string): Promise<CountryShapes> {
	pending ??= fetch(url)
		.then((response) => response.json())
		.then(readCountryShapes);
	pending.catch(() => (pending = null));
	return pending;
}

/** What each map's shading should be now, for drawing it again once the outlines arrive. */
const latest = new WeakMap<Element, Map<string, Shade>>();

/**
 * Makes `group` (a basemap's `g.countries`) hold exactly the shaded countries: reclasses those
 * drawn, removes those no longer shaded, and adds the others, from the outlines at `url`
 * (fetched once; until they arrive, or if they never do, those countries stay unshaded).
 * Resolves once the countries are drawn, or once drawing them has failed.
 */
export async function shadeCountries(
	group: Element,
	highlighted: readonly string[],
	destination: readonly string[],
	url: string
): Promise<void> {
	latest.set(group, shadeOf(highlighted, destination));
	const draw = (shapes: CountryShapes | null) => {
		const wanted = latest.get(group)!;
		const drawn = new Set<string>();
		for (const path of group.querySelectorAll('path[data-c]')) {
			const code = path.getAttribute('data-c')!;
			const shade = wanted.get(code);
			if (shade) path.setAttribute('class', shade);
			else path.remove();
			drawn.add(code);
		}
		let missing = false;
		for (const [code, shade] of wanted) {
			if (drawn.has(code)) continue;
			const d = shapes?.[code];
			if (d === undefined) {
				missing = true;
				continue;
			}
			const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
			path.setAttribute('data-c', code);
			path.setAttribute('class', shade);
			path.setAttribute('d', d);
			group.append(path);
		}
		return missing;
	};
	if (draw(null)) await loadCountryShapes(url).then(draw, () => {});
}
