import { describe, expect, it } from 'vitest';
import { geoEqualEarth } from 'd3-geo';
import { transform } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { basemapMarkup, buildBasemap, countryShapes, simplifyArcs, SIMPLIFY_UNITS, toSegment } from './basemap';

const source = world as unknown as Topology;
const identity = (p: [number, number]): [number, number] => p;
/** World-atlas's own numeric ids stand for the codes here. */
const codeOf = (id: string | undefined) => id ?? null;
/** The basemap as the build draws it (simplified), built once for the tests below. */
const basemap = buildBasemap(source, codeOf);

/** Absolute points of every arc of a quantized topology. */
function decoded(topology: Topology): number[][][] {
	const decode = transform(topology.transform!);
	return topology.arcs.map((arc) => arc.map((point, i) => decode(point, i > 0)));
}

describe('simplifyArcs', () => {
	// (10,0) (12,0) (14,1) (16,0) (18,0), delta-encoded on a grid of half units across.
	const tiny: Topology = {
		type: 'Topology',
		transform: { scale: [0.5, 1], translate: [10, 0] },
		objects: {},
		arcs: [
			[
				[0, 0],
				[4, 0],
				[4, 1],
				[4, -1],
				[4, 0]
			]
		]
	};

	it('decodes quantized arcs and drops the points within the tolerance, ends kept', () => {
		expect(simplifyArcs(tiny, identity, 1.5).arcs[0]).toEqual([
			[10, 0],
			[18, 0]
		]);
		// (12,0) and (16,0) are 0.485 from the lines through the bump.
		expect(simplifyArcs(tiny, identity, 0.5).arcs[0]).toEqual([
			[10, 0],
			[14, 1],
			[18, 0]
		]);
		expect(simplifyArcs(tiny, identity, 1.5).transform).toBeUndefined();
	});

	it('measures from the segment, not the line: a point past an end stays', () => {
		const spit: Topology = {
			type: 'Topology',
			objects: {},
			arcs: [
				[
					[0, 0],
					[10, 0],
					[14, 0.2],
					[12, 0]
				]
			]
		};
		// 0.2 from the line through the ends, but 2 beyond the end of the segment.
		expect(simplifyArcs(spit, identity, 0.5).arcs[0]).toEqual([
			[0, 0],
			[14, 0.2],
			[12, 0]
		]);
	});

	it('keeps every point when the tolerance is below every deviation', () => {
		expect(simplifyArcs(tiny, identity, 0.4).arcs[0]).toHaveLength(5);
	});
});

describe('the basemap drawn from world-atlas', () => {
	const projection = geoEqualEarth().scale(180).translate([480, 240]);
	const project = (p: [number, number]) => projection(p);
	const original = decoded(source);
	const simplified = simplifyArcs(source, project, SIMPLIFY_UNITS).arcs;

	it('strays nowhere more than the tolerance from the original borders', () => {
		let worst = 0;
		simplified.forEach((arc, a) => {
			const line = arc.map((p) => projection(p as [number, number])!);
			// Each original point lies between two kept points of the same arc.
			let k = 0;
			for (const p of original[a]) {
				const at = projection(p as [number, number])!;
				if (k < arc.length - 1 && p[0] === arc[k + 1][0] && p[1] === arc[k + 1][1]) k++;
				const d =
					k < arc.length - 1 ? toSegment(at, line[k], line[k + 1]) : Math.hypot(at[0] - line[k][0], at[1] - line[k][1]);
				worst = Math.max(worst, d);
			}
		});
		expect(worst).toBeLessThanOrEqual(SIMPLIFY_UNITS + 1e-9);
		expect(worst).toBeGreaterThan(SIMPLIFY_UNITS / 2);
	});

	it('keeps every arc and its ends, so neighbours still share one border', () => {
		expect(simplified).toHaveLength(original.length);
		simplified.forEach((arc, a) => {
			expect(arc[0]).toEqual(original[a][0]);
			expect(arc.at(-1)).toEqual(original[a].at(-1));
		});
	});

	it('draws every country with far fewer points, and the projection does not move', () => {
		const exact = buildBasemap(source, codeOf, 0);
		const simple = basemap;
		expect(simple.params).toEqual(exact.params);
		expect(simple.countries.map((c) => c.code)).toEqual(exact.countries.map((c) => c.code));
		for (const c of simple.countries) expect(c.d).toMatch(/^M/);
		const length = (b: typeof exact) => b.countries.reduce((n, c) => n + c.d.length, b.borders.length);
		expect(length(simple)).toBeLessThan(length(exact) * 0.85);
	});
});

describe('the basemap markup', () => {
	// Codes as world-atlas numbers here: 250 France, 840 the United States, 276 Germany.
	const rings = (d: string) => d.split('M').length - 1;

	it('draws the land as one path, merged across borders, with the borders over it', () => {
		const markup = basemapMarkup(basemap);
		expect(markup).toBe(
			`<path class="land" d="${basemap.land}"/><g class="countries"></g><path class="borders" d="${basemap.borders}"/>`
		);
		// Fewer rings than the countries' together: neighbours are one ring, not two.
		const countryRings = basemap.countries.reduce((n, c) => n + rings(c.d), 0);
		expect(rings(basemap.land)).toBeGreaterThan(50);
		expect(rings(basemap.land)).toBeLessThan(countryRings * 0.8);
	});

	it('draws over the land only the countries it shades, the origin winning over a destination', () => {
		const markup = basemapMarkup(basemap, ['250', '276'], ['840', '250']);
		const shaded = [...markup.matchAll(/<path data-c="(\d+)" class="(hl2?)"/g)].map((m) => `${m[1]} ${m[2]}`);
		expect(shaded.sort()).toEqual(['250 hl', '276 hl', '840 hl2']);
		expect(markup.match(/data-c=/g)).toHaveLength(3);
	});

	it('gives every country with a code its outline, once', () => {
		const shapes = countryShapes(basemap);
		const coded = basemap.countries.filter((c) => c.code !== null);
		expect(Object.keys(shapes)).toHaveLength(new Set(coded.map((c) => c.code)).size);
		expect(shapes['250']).toBe(basemap.countries.find((c) => c.code === '250')!.d);
		for (const d of Object.values(shapes)) expect(d).toMatch(/^M/);
	});
});
