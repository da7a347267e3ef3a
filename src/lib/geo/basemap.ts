/**
 * The basemap: world-atlas countries projected once, at build time, into SVG path strings.
 *
 * The browser never re-projects it and never receives the geometry as hydration data: the
 * markup goes straight into the prerendered HTML (see hooks.server.ts).
 */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature, merge, mesh, transform } from 'topojson-client';
import type { Arc, GeometryCollection, MultiPolygon, Polygon, Positions, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { compactPath } from './compactPath';
import { shadeOf } from './shading';

/** The map's width in SVG user units; the height follows from the projection's shape. */
export const MAP_WIDTH = 960;

/**
 * How far, in map units, a simplified border may stray from world-atlas's own: half a unit,
 * one CSS pixel on a 1,920 px screen, a fifth of one on a phone. At one unit the coasts turn
 * visibly angular on a wide screen; at half a unit screenshots show no difference from the
 * unsimplified map.
 */
export const SIMPLIFY_UNITS = 0.5;

/** Scale and translation of the fitted Equal Earth projection, enough to redo it anywhere. */
export interface ProjectionParams {
	scale: number;
	translate: [number, number];
	width: number;
	height: number;
}

/** One country's outline, keyed by its ISO 3166-1 alpha-2 code where it has one. */
export interface CountryPath {
	code: string | null;
	name: string;
	d: string;
}

/** Everything the map draws underneath the markers. */
export interface Basemap {
	params: ProjectionParams;
	/** All the land as one path: what a page draws, with the borders over it. */
	land: string;
	/** Each country's outline: drawn over the land only where a country is shaded. */
	countries: CountryPath[];
	/** Internal borders as one path, so shared edges are stroked once. */
	borders: string;
	/** The outline of the projected globe. */
	sphere: string;
}

type CountryProperties = { name: string };

/**
 * Fits an Equal Earth projection to the land (without Antarctica, which nothing here needs)
 * at MAP_WIDTH and returns its parameters.
 * @example fitProjection(land).params.width === 960
 */
export function fitProjection(land: FeatureCollection): { projection: GeoProjection; params: ProjectionParams } {
	const projection = geoEqualEarth().fitWidth(MAP_WIDTH, land);
	const [[, y0], [, y1]] = geoPath(projection).bounds(land);
	const height = Math.ceil(y1 - y0);
	// Shift so the land starts at the top edge; the sphere's poles are cropped, which is fine.
	const [tx, ty] = projection.translate();
	projection.translate([tx, ty - y0]);
	return {
		projection,
		params: {
			scale: projection.scale(),
			translate: projection.translate() as [number, number],
			width: MAP_WIDTH,
			height
		}
	};
}

/**
 * Simplifies every arc of a topology (Douglas–Peucker), measuring distances where `project`
 * puts the points, and returns the topology with absolute, unquantized arcs. Arcs are shared
 * by the countries on both sides, so neighbours keep one border between them: no gaps.
 * An arc's ends (where three countries meet, or a ring closes) always stay.
 * @example simplifyArcs(topology, projection, 0.5).arcs.length === topology.arcs.length
 */
export function simplifyArcs(
	topology: Topology,
	project: (point: [number, number]) => [number, number] | null,
	tolerance: number
): Topology {
	// Quantized arcs are delta-encoded: topojson-client's transform decodes them (and leaves
	// absolute arcs as they are).
	const decode = transform(topology.transform ?? null);
	const arcs = topology.arcs.map((arc: Arc) =>
		douglasPeucker(
			arc.map((point, i) => decode(point, i > 0)),
			project,
			tolerance
		)
	);
	const { transform: _quantized, ...rest } = topology;
	return { ...rest, arcs };
}

/** The points of a line that keep it within `tolerance` of itself, ends included. */
function douglasPeucker(
	points: Positions[],
	project: (point: [number, number]) => [number, number] | null,
	tolerance: number
): Positions[] {
	if (points.length < 3) return points;
	const at = points.map((p) => project([p[0], p[1]]) ?? [NaN, NaN]);
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const spans: [number, number][] = [[0, points.length - 1]];
	while (spans.length > 0) {
		const [i, j] = spans.pop()!;
		let [farthest, distance] = [-1, -1];
		for (let k = i + 1; k < j; k++) {
			const d = toSegment(at[k], at[i], at[j]);
			// A point that does not project is as far as can be: it stays.
			const far = Number.isNaN(d) ? Infinity : d;
			if (far > distance) [farthest, distance] = [k, far];
		}
		if (distance > tolerance) {
			keep[farthest] = 1;
			spans.push([i, farthest], [farthest, j]);
		}
	}
	return points.filter((_, k) => keep[k] === 1);
}

/**
 * Distance from p to the segment from a to b (not to the line through them: a point past an
 * end, as on a spit of land that turns back, is as far as it looks).
 */
export function toSegment([px, py]: number[], [ax, ay]: number[], [bx, by]: number[]): number {
	const [dx, dy] = [bx - ax, by - ay];
	const squared = dx * dx + dy * dy;
	const t = squared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / squared));
	return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * Projects a world-atlas topology into country paths, a border mesh and the sphere.
 * `codeOf` maps a feature's numeric ISO id to alpha-2 (null where there is none, e.g. Kosovo).
 */
export function buildBasemap(
	source: Topology,
	codeOf: (numericId: string | undefined) => string | null,
	tolerance = SIMPLIFY_UNITS
): Basemap {
	const countriesObject = source.objects.countries as GeometryCollection<CountryProperties>;
	const notAntarctica = (f: Feature<Geometry, CountryProperties>) => f.properties.name !== 'Antarctica';
	const all = feature(source, countriesObject) as FeatureCollection<Geometry, CountryProperties>;
	// Fitted to the unsimplified land, so the projection (and every marker) does not depend on it.
	const { projection, params } = fitProjection({
		type: 'FeatureCollection',
		features: all.features.filter(notAntarctica)
	});
	const topology = tolerance > 0 ? simplifyArcs(source, (p) => projection(p), tolerance) : source;
	const kept = (feature(topology, countriesObject) as FeatureCollection<Geometry, CountryProperties>).features.filter(
		notAntarctica
	);
	// Every country is a Polygon or MultiPolygon in world-atlas (no nested collections).
	const land = merge(
		topology,
		countriesObject.geometries.filter(
			(g): g is Polygon<CountryProperties> | MultiPolygon<CountryProperties> =>
				(g.type === 'Polygon' || g.type === 'MultiPolygon') && g.properties?.name !== 'Antarctica'
		)
	);
	// Whole map units (a unit is under a pixel on most screens): one decimal doubles the markup.
	const path = geoPath(projection).digits(0);
	const countries = kept.map((f: Feature<Geometry, CountryProperties>) => ({
		code: codeOf(f.id === undefined ? undefined : String(f.id)),
		name: f.properties.name,
		d: compactPath(path(f) ?? '')
	}));
	const borders = compactPath(
		path(
			mesh(
				topology,
				countriesObject,
				(a, b) => a !== b && (a.properties as CountryProperties | undefined)?.name !== 'Antarctica'
			)
		) ?? ''
	);
	const sphere = path({ type: 'Sphere' }) ?? '';
	return { params, land: compactPath(path(land) ?? ''), countries, borders, sphere };
}

/**
 * The basemap as SVG markup for the prerendered page: the land as one path, the shaded
 * countries over it (class `hl` for those in `highlighted`, `hl2` for those in `destination`;
 * the origin wins where a country is both), so a no-JavaScript page shows the selected
 * jurisdiction or flow too, and the borders over all. The other countries are not drawn one by
 * one: every internal border would be written three times (twice as a country's edge, once as
 * a border). A page that shades a country
 * later fetches the outlines (`countryShapes`, src/lib/geo/shading.ts).
 */
export function basemapMarkup(
	basemap: Basemap,
	highlighted: readonly string[] = [],
	destination: readonly string[] = []
): string {
	const shades = shadeOf(highlighted, destination);
	const countries = basemap.countries
		.flatMap(({ code, d }) => {
			const shade = code === null ? undefined : shades.get(code);
			return shade ? [`<path data-c="${code}" class="${shade}" d="${d}"/>`] : [];
		})
		.join('');
	return `<path class="land" d="${basemap.land}"/><g class="countries">${countries}</g><path class="borders" d="${basemap.borders}"/>`;
}

/** Each country's outline by its alpha-2 code, for pages that shade countries after loading. */
export function countryShapes(basemap: Basemap): Record<string, string> {
	const out: Record<string, string> = {};
	for (const { code, d } of basemap.countries) if (code !== null && !(code in out)) out[code] = d;
	return out;
}
