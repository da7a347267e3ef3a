/**
 * The basemap: world-atlas countries projected once, at build time, into SVG path strings.
 *
 * The browser never re-projects it and never receives the geometry as hydration data: the
 * markup goes straight into the prerendered HTML (see hooks.server.ts), as recommended by the
 * measurements in shared/research/perf.md.
 */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { compactPath } from './compactPath';

/** The map's width in SVG user units; the height follows from the projection's shape. */
export const MAP_WIDTH = 960;

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
 * Projects a world-atlas topology into country paths, a border mesh and the sphere.
 * `codeOf` maps a feature's numeric ISO id to alpha-2 (null where there is none, e.g. Kosovo).
 */
export function buildBasemap(topology: Topology, codeOf: (numericId: string | undefined) => string | null): Basemap {
	const countriesObject = topology.objects.countries as GeometryCollection<CountryProperties>;
	const all = feature(topology, countriesObject) as FeatureCollection<Geometry, CountryProperties>;
	const kept = all.features.filter((f) => f.properties.name !== 'Antarctica');
	const land: FeatureCollection = { type: 'FeatureCollection', features: kept };
	const { projection, params } = fitProjection(land);
	// Whole map units: 15 KiB brotli for every country (perf.md §8.1), 12 in relative steps;
	// one decimal doubles it.
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
	return { params, countries, borders, sphere };
}

/**
 * The basemap as SVG markup for the prerendered page. Countries in `highlighted` carry the
 * class `hl` and those in `destination` the class `hl2`, so a no-JavaScript page shows the
 * selected jurisdiction or flow too.
 */
export function basemapMarkup(
	basemap: Basemap,
	highlighted: ReadonlySet<string> = new Set(),
	destination: ReadonlySet<string> = new Set()
): string {
	const countries = basemap.countries
		.map(({ code, d }) => {
			const shade = code === null ? null : highlighted.has(code) ? 'hl' : destination.has(code) ? 'hl2' : null;
			const hl = shade ? ` class="${shade}"` : '';
			const data = code === null ? '' : ` data-c="${code}"`;
			return `<path${data}${hl} d="${d}"/>`;
		})
		.join('');
	return `<g class="countries">${countries}</g><path class="borders" d="${basemap.borders}"/>`;
}
