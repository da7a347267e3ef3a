import { describe, expect, it } from 'vitest';
import { compactPath } from './compactPath';

/** The absolute points of a path of M, l (implicitly repeated) and z, as SVG reads it. */
function points(d: string): string[] {
	const out: string[] = [];
	let [x, y, sx, sy] = [0, 0, 0, 0];
	for (const [, command, args] of d.matchAll(/([MLlZz])([^MLlZz]*)/g)) {
		const numbers = (args.match(/-?\d+/g) ?? []).map(Number);
		if (command === 'Z' || command === 'z') {
			out.push('Z');
			[x, y] = [sx, sy];
			continue;
		}
		for (let i = 0; i < numbers.length; i += 2) {
			if (command === 'M') [x, y, sx, sy] = [numbers[i], numbers[i + 1], numbers[i], numbers[i + 1]];
			else if (command === 'L') [x, y] = [numbers[i], numbers[i + 1]];
			else [x, y] = [x + numbers[i], y + numbers[i + 1]];
			out.push(`${command === 'M' ? 'M' : 'L'}${x},${y}`);
		}
	}
	// Zero-length lines draw nothing, and a point a line passes straight through changes nothing.
	const drawn = out.filter((p, i) => !(p.startsWith('L') && out[i - 1]?.slice(1) === p.slice(1)));
	const xy = (p: string) => p.slice(1).split(',').map(Number);
	return drawn.filter((p, i) => {
		const next = drawn[i + 1];
		if (!p.startsWith('L') || !next?.startsWith('L')) return true;
		const [[x0, y0], [x1, y1], [x2, y2]] = [xy(drawn[i - 1]), xy(p), xy(next)];
		const [ax, ay, bx, by] = [x1 - x0, y1 - y0, x2 - x1, y2 - y1];
		return !(ax * by === ay * bx && ax * bx + ay * by > 0);
	});
}

describe('compactPath', () => {
	it('writes lines as relative steps, negative steps needing no separator', () => {
		expect(compactPath('M572,239L573,240L582,247L581,245L579,246Z')).toBe('M572,239l1,1 9,7-1-2-2,1z');
	});

	it('drops steps of zero length and keeps every ring', () => {
		expect(compactPath('M0,294L0,294L1,296L1,296L0,294ZM959,296L957,297Z')).toBe('M0,294l1,2-1-2zM959,296l-2,1z');
	});

	it('joins steps that go on along one straight line, but not a step that doubles back', () => {
		expect(compactPath('M0,10L7,10L14,10L16,10L16,13L16,11L18,13L20,15Z')).toBe('M0,10l16,0 0,3 0-2 4,4z');
	});

	it('draws the same points as the original, ring by ring', () => {
		const d =
			'M953,299L954,299L955,300L954,302L952,302L951,302L951,300L952,299ZM959,296L957,297L956,298L956,296L957,296L958,295L960,294L960,294L959,296Z' +
			'M10,10L-5,20L-5,-7L0,0L2,0L4,0L4,0L6,0L6,3L6,1';
		expect(points(compactPath(d))).toEqual(points(d));
		expect(compactPath(d).length).toBeLessThan(d.length * 0.65);
	});

	it('leaves any other path as it is', () => {
		for (const d of ['M1.5,2L3,4', 'M0,0C1,1,2,2,3,3', 'M0,0 L1,1', '', 'M1,1L2']) expect(compactPath(d)).toBe(d);
	});
});
