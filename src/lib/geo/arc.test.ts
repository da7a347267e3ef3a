import { describe, expect, it } from 'vitest';
import { geoEqualEarth } from 'd3-geo';
import { greatCircleArc } from './arc';
import type { LonLat } from '../data/types';

const projection = geoEqualEarth().scale(150).translate([480, 250]);
const project = (p: LonLat) => projection(p) as [number, number];
const BRUSSELS: LonLat = [4.35, 50.85];
const WASHINGTON: LonLat = [-77.04, 38.91];

describe('greatCircleArc', () => {
	it('starts and ends at the projected places', () => {
		const { d } = greatCircleArc(BRUSSELS, WASHINGTON, project);
		const [sx, sy] = project(BRUSSELS);
		const [ex, ey] = project(WASHINGTON);
		expect(d.startsWith(`M${sx.toFixed(1)},${sy.toFixed(1)}`)).toBe(true);
		expect(d.endsWith(`L${ex.toFixed(1)},${ey.toFixed(1)}`)).toBe(true);
	});

	it('bows north of the straight line between Europe and North America', () => {
		const { mid } = greatCircleArc(BRUSSELS, WASHINGTON, project);
		const straightMidY = (project(BRUSSELS)[1] + project(WASHINGTON)[1]) / 2;
		expect(mid[1]).toBeLessThan(straightMidY);
	});

	it('draws A→B and B→A on opposite sides when offset', () => {
		const there = greatCircleArc(BRUSSELS, WASHINGTON, project, 4).mid;
		const back = greatCircleArc(WASHINGTON, BRUSSELS, project, 4).mid;
		expect(Math.hypot(there[0] - back[0], there[1] - back[1])).toBeGreaterThan(6);
	});

	it('bends a polar route into a curve that stays on the map', () => {
		const beijing: LonLat = [116.41, 39.9];
		const { d } = greatCircleArc(beijing, WASHINGTON, project);
		const ys = [...d.matchAll(/[ML][-\d.]+,([-\d.]+)/g)].map((m) => Number(m[1]));
		const top = project([0, 83])[1];
		expect(Math.min(...ys)).toBeGreaterThan(top);
		expect(d.match(/M/g)?.length).toBe(1);
	});

	it('splits a path that crosses the antimeridian', () => {
		const { d } = greatCircleArc([139.69, 35.68], [-122.42, 37.77], project);
		expect(d.match(/M/g)?.length).toBe(2);
	});
});
