/**
 * Equal Earth forward and inverse projection from the build's fitted parameters, so the
 * browser can turn a URL's `center=lon,lat` into map units (and back) without the geometry.
 */
import { equalEarthInvert, equalEarthRaw } from './sphere';
import type { ProjectionParams } from './basemap';

const RADIANS = Math.PI / 180;

/** Projects `[longitude, latitude]` to map units, exactly as d3's fitted geoEqualEarth does. */
export function projectLonLat([lon, lat]: [number, number], params: ProjectionParams): [number, number] {
	const [x, y] = equalEarthRaw(lon * RADIANS, lat * RADIANS);
	return [params.translate[0] + x * params.scale, params.translate[1] - y * params.scale];
}

/** The `[longitude, latitude]` at a point in map units. */
export function invertLonLat([x, y]: [number, number], params: ProjectionParams): [number, number] {
	const [lambda, phi] = equalEarthInvert(
		(x - params.translate[0]) / params.scale,
		(params.translate[1] - y) / params.scale
	);
	return [lambda / RADIANS, phi / RADIANS];
}
