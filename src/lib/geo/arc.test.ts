import { describe, expect, it } from 'vitest';
import { geoEqualEarth } from 'd3-geo';
import { greatCircleArc } from './arc';
import { pathRuns } from './labels';
import { greatCircle } from './sphere';
import type { LonLat } from '../data/types';

const projection = geoEqualEarth().scale(150).translate([480, 250]);
const project = (p: LonLat) => projection(p) as [number, number];
const BRUSSELS: LonLat = [4.35, 50.85];
const WASHINGTON: LonLat = [-77.04, 38.91];

describe('greatCircleArc', () => {
	it('starts and ends at the projected places', () => {
		const { d } = greatCircleArc(BRUSSELS, WASHINGTON, project);
		const [points] = pathRuns(d);
		const tenth = ([x, y]: [number, number]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
		expect(points[0]).toEqual(tenth(project(BRUSSELS)));
		expect(points.at(-1)).toEqual(tenth(project(WASHINGTON)));
		expect(points).toHaveLength(49);
	});

	it('writes relative steps in tenths, each point within a twentieth of a unit of its place', () => {
		const { d } = greatCircleArc(BRUSSELS, WASHINGTON, project, 0, 8);
		expect(d).toMatch(/^M[\d.]+,[\d.]+l-?[\d.]+,-?[\d.]+(?: -?[\d.]+,-?[\d.]+){7}$/);
		expect(d).not.toMatch(/\.\d\d|\.0(?!\d)/);
		const [points] = pathRuns(d);
		const along = greatCircle(BRUSSELS, WASHINGTON);
		expect(points).toHaveLength(9);
		points.forEach(([x, y], i) => {
			const [px, py] = project(along(i / 8) as LonLat);
			expect(Math.abs(x - px)).toBeLessThanOrEqual(0.05 + 1e-9);
			expect(Math.abs(y - py)).toBeLessThanOrEqual(0.05 + 1e-9);
		});
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
		const ys = pathRuns(d)
			.flat()
			.map(([, y]) => y);
		const top = project([0, 83])[1];
		expect(Math.min(...ys)).toBeGreaterThan(top);
		expect(d.match(/M/g)?.length).toBe(1);
	});

	it('splits a path that crosses the antimeridian', () => {
		const { d } = greatCircleArc([139.69, 35.68], [-122.42, 37.77], project);
		expect(d.match(/M/g)?.length).toBe(2);
	});
});
