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

const kinds = Object.keys(KIND_SHAPES) as ActionKind[];

describe('shapeAt', () => {
	it.each(kinds)('draws %s with the corners of its shape at the origin and scale 1', (kind) => {
		const got = corners(shapeAt(kind, 0, 0, 1));
		const want = corners(KIND_SHAPES[kind]);
		expect(got).toHaveLength(want.length);
		got.forEach(([x, y], i) => {
			expect(x).toBeCloseTo(want[i][0], 2);
			expect(y).toBeCloseTo(want[i][1], 2);
		});
	});

	it.each(kinds)('moves %s to its place and scales it about its centre', (kind) => {
		const got = corners(shapeAt(kind, 412.5, 87.3, 0.25));
		const want = corners(KIND_SHAPES[kind]).map(([x, y]) => [412.5 + 0.25 * x, 87.3 + 0.25 * y]);
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
