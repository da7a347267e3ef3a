import { describe, expect, it } from 'vitest';
import { geoEqualEarthRaw, geoInterpolate } from 'd3-geo';
import { equalEarthInvert, equalEarthRaw, greatCircle } from './sphere';

// A grid over the sphere, poles and antimeridian included.
const grid: [number, number][] = [];
for (let lon = -180; lon <= 180; lon += 7.5) for (let lat = -90; lat <= 90; lat += 5) grid.push([lon, lat]);
const R = Math.PI / 180;

describe('equalEarthRaw', () => {
	it('projects every point of a grid exactly as d3-geo does', () => {
		for (const [lon, lat] of grid) expect(equalEarthRaw(lon * R, lat * R)).toEqual(geoEqualEarthRaw(lon * R, lat * R));
	});

	it('inverts as d3-geo does, back to where it started', () => {
		for (const [lon, lat] of grid) {
			const [x, y] = equalEarthRaw(lon * R, lat * R);
			expect(equalEarthInvert(x, y)).toEqual(geoEqualEarthRaw.invert!(x, y));
			if (Math.abs(lat) < 90) expect(equalEarthInvert(x, y)[0] / R).toBeCloseTo(lon, 9);
			expect(equalEarthInvert(x, y)[1] / R).toBeCloseTo(lat, 9);
		}
	});
});

describe('greatCircle', () => {
	const pairs: [[number, number], [number, number]][] = [
		[
			[4.35, 50.85],
			[-77.04, 38.91]
		],
		[
			[116.4, 39.9],
			[-77.04, 38.91]
		],
		[
			[151.2, -33.9],
			[-122.4, 37.8]
		],
		[
			[10, 10],
			[10, 10]
		],
		[
			[-179, 0],
			[179, 0]
		]
	];
	it.each(pairs)('follows d3-geo’s geoInterpolate from %j to %j', (a, b) => {
		const ours = greatCircle(a, b);
		const d3 = geoInterpolate(a, b);
		for (let t = 0; t <= 1; t += 0.125) expect(ours(t)).toEqual(d3(t));
	});
});
