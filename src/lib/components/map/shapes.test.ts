import { describe, expect, it } from 'vitest';
import { KIND_SHAPES, shapeAt } from './shapes';
import type { ActionKind } from '$lib/data/types';

/** The corners a path visits, in absolute coordinates (the commands the shapes use). */
function corners(d: string): [number, number][] {
	const out: [number, number][] = [];
	let x = 0;
	let y = 0;
	for (const [, cmd, args] of d.matchAll(/([MLHVZlhvz])([^MLHVZlhvz]*)/g)) {
		const n = args
			.split(/[\s,]+/)
			.filter(Boolean)
			.map(Number);
		if (cmd === 'Z' || cmd === 'z') continue;
		if (cmd === 'H') x = n[0];
		else if (cmd === 'V') y = n[0];
		else if (cmd === 'h') x += n[0];
		else if (cmd === 'v') y += n[0];
		else if (cmd === 'l') [x, y] = [x + n[0], y + n[1]];
		else [x, y] = [n[0], n[1]];
		out.push([x, y]);
	}
	return out;
}

/** The shapes as first designed (absolute paths, two decimals), which the marks must keep. */
const DESIGNED: Record<ActionKind, string> = {
	law: 'M-5,-5H5V5H-5Z',
	'executive-order': 'M0,-7L7,0L0,7L-7,0Z',
	regulation: 'M-7,-4H7V4H-7Z',
	ruling: 'M0,-7L6.5,5H-6.5Z',
	decision: 'M0.00,-6.20L5.90,-1.92L3.64,5.02L-3.64,5.02L-5.90,-1.92Z',
	investigation: 'M-2.2,-7H2.2V-2.2H7V2.2H2.2V7H-2.2V2.2H-7V-2.2H-2.2Z',
	warning: 'M-6.5,-5H6.5L0,7Z',
	guidance: 'M6.00,0.00L3.00,5.20L-3.00,5.20L-6.00,0.00L-3.00,-5.20L3.00,-5.20Z',
	policy:
		'M0.00,-7.50L1.88,-2.59L7.13,-2.32L3.04,0.99L4.41,6.07L0.00,3.20L-4.41,6.07L-3.04,0.99L-7.13,-2.32L-1.88,-2.59Z',
	'provider-measure': 'M0,-7L6.5,-1.5V6H-6.5V-1.5Z'
};
const kinds = Object.keys(DESIGNED) as ActionKind[];

describe('shapeAt', () => {
	it('has a shape for every kind, and the legend’s are the same', () => {
		expect(Object.keys(KIND_SHAPES).sort()).toEqual([...kinds].sort());
		for (const kind of kinds) expect(KIND_SHAPES[kind]).toBe(shapeAt(kind, 0, 0, 1));
	});

	it.each(kinds)('draws %s with the corners of its designed shape at the origin and scale 1', (kind) => {
		const got = corners(shapeAt(kind, 0, 0, 1));
		const want = corners(DESIGNED[kind]);
		expect(got).toHaveLength(want.length);
		got.forEach(([x, y], i) => {
			expect(x).toBeCloseTo(want[i][0], 2);
			expect(y).toBeCloseTo(want[i][1], 2);
		});
	});

	it.each(kinds)('moves %s to its place and scales it about its centre', (kind) => {
		const got = corners(shapeAt(kind, 412.5, 87.3, 0.25));
		const want = corners(DESIGNED[kind]).map(([x, y]) => [412.5 + 0.25 * x, 87.3 + 0.25 * y]);
		got.forEach(([x, y], i) => {
			expect(x).toBeCloseTo(want[i][0], 2);
			expect(y).toBeCloseTo(want[i][1], 2);
		});
	});

	it('closes the path and writes no transform', () => {
		const d = shapeAt('law', 10, 20, 1);
		expect(d).toBe('M5,15h10v10h-10z');
	});
});
