import { describe, expect, it } from 'vitest';
import { CHAR_WIDTH, overlaps, placeLabels, touches, type LabelWant } from './labels';

const frame = { width: 400, height: 200, fontSize: 10 };

describe('placeLabels', () => {
	it('puts a lone label to the right of its mark, on its line, clear of it', () => {
		const [label] = placeLabels([{ id: 'a', text: 'Paris', x: 100, y: 100, r: 5 }], [{ x: 100, y: 100, r: 5 }], frame);
		expect(label.anchor).toBe('start');
		expect(label.box.x0).toBeGreaterThan(105);
		expect(label.box.x1 - label.box.x0).toBeCloseTo(5 * 10 * CHAR_WIDTH);
		expect(label.box.y0).toBeLessThan(100);
		expect(label.box.y1).toBeGreaterThan(100);
	});

	it('goes left, above or below when the right is taken by a mark or the edge', () => {
		const want = { id: 'a', text: 'Frankfurt', x: 380, y: 100, r: 5 };
		expect(placeLabels([want], [], frame)[0].anchor).toBe('end');
		const blocked = [
			{ x: 100, y: 100, r: 5 },
			{ x: 125, y: 100, r: 5 },
			{ x: 75, y: 100, r: 5 }
		];
		const [above] = placeLabels([{ id: 'b', text: 'Rome', x: 100, y: 100, r: 5 }], blocked, frame);
		expect(above.anchor).toBe('middle');
		expect(above.box.y1).toBeLessThanOrEqual(95);
	});

	it('never lets labels overlap each other or any mark, and keeps them in the frame', () => {
		// A dense grid of marks, every one asking for a label.
		let seed = 7;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const marks = Array.from({ length: 60 }, (_, i) => ({ x: random() * 400, y: random() * 200, r: 3 + (i % 3) }));
		const wants: LabelWant[] = marks.map((m, i) => ({ ...m, id: `m${i}`, text: `Place ${i}` }));
		const labels = placeLabels(wants, marks, frame);
		expect(labels.length).toBeGreaterThan(5);
		expect(labels.length).toBeLessThan(60);
		for (const [i, a] of labels.entries()) {
			expect(a.box.x0).toBeGreaterThanOrEqual(0);
			expect(a.box.x1).toBeLessThanOrEqual(400);
			expect(a.box.y0).toBeGreaterThanOrEqual(0);
			expect(a.box.y1).toBeLessThanOrEqual(200);
			for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
			for (const m of marks) expect(touches(a.box, m)).toBe(false);
		}
	});

	it('serves labels in order of priority: the first wanted wins a contested place', () => {
		const wants = [
			{ id: 'selected', text: 'Dublin', x: 200, y: 100, r: 5 },
			{ id: 'other', text: 'Cork', x: 200, y: 100, r: 5 }
		];
		const labels = placeLabels(wants, [], frame);
		expect(labels[0].id).toBe('selected');
		expect(labels[0].anchor).toBe('start');
		expect(labels[1].anchor).toBe('end');
	});

	it('leaves out a label with no free place', () => {
		const wants = [{ id: 'a', text: 'A very long place name indeed', x: 200, y: 100, r: 5 }];
		expect(placeLabels(wants, [], { width: 210, height: 30, fontSize: 10 })).toEqual([]);
	});
});

describe('touches and overlaps', () => {
	it('tell a box from a circle beside its corner', () => {
		const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
		expect(touches(box, { x: 13, y: 13, r: 4 })).toBe(false);
		expect(touches(box, { x: 12, y: 12, r: 4 })).toBe(true);
		expect(touches(box, { x: 5, y: 5, r: 1 })).toBe(true);
		expect(overlaps(box, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
		expect(overlaps(box, { x0: 9, y0: 9, x1: 20, y1: 20 })).toBe(true);
	});
});

describe('placeLabels with blocked boxes', () => {
	it('keeps labels off the controls over the map', () => {
		const want = { id: 'a', text: 'Stockholm', x: 300, y: 20, r: 5 };
		const blocked = [{ x0: 340, y0: 0, x1: 400, y1: 100 }];
		const [label] = placeLabels([want], [], { ...frame, blocked });
		expect(label.anchor).not.toBe('start');
		expect(overlaps(label.box, blocked[0])).toBe(false);
	});
});

describe('callouts', () => {
	// A mark in a crowd: every place beside it touches a neighbour.
	const centre = { x: 200, y: 100, r: 5 };
	const crowd = [centre];
	for (let dx = -30; dx <= 30; dx += 10)
		for (let dy = -20; dy <= 20; dy += 10) if (dx || dy) crowd.push({ x: 200 + dx, y: 100 + dy, r: 5 });
	const want = { id: 'sel', text: 'Frankfurt', ...centre };

	it('leaves out an ordinary label in the crowd, and stands a callout clear of it, with a leader', () => {
		expect(placeLabels([want], crowd, frame)).toEqual([]);
		const [label] = placeLabels([{ ...want, callout: true }], crowd, frame);
		expect(label.leader).toBeDefined();
		for (const m of crowd) expect(touches(label.box, m)).toBe(false);
		const { x1, y1, x2, y2 } = label.leader!;
		// The leader runs from the mark's edge to the label's box.
		expect(Math.hypot(x1 - centre.x, y1 - centre.y)).toBeCloseTo(centre.r);
		expect(x2).toBeGreaterThanOrEqual(label.box.x0 - 1e-9);
		expect(x2).toBeLessThanOrEqual(label.box.x1 + 1e-9);
		expect(y2).toBeGreaterThanOrEqual(label.box.y0 - 1e-9);
		expect(y2).toBeLessThanOrEqual(label.box.y1 + 1e-9);
	});

	it('keeps a callout beside its mark when there is room, and off the labels placed before it', () => {
		expect(placeLabels([{ ...want, callout: true }], [centre], frame)[0].leader).toBeUndefined();
		const first = placeLabels([{ id: 'x', text: 'Somewhere long', x: 260, y: 100, r: 5 }], crowd, frame);
		const [, callout] = placeLabels(
			[
				{ id: 'x', text: 'Somewhere long', x: 260, y: 100, r: 5 },
				{ ...want, callout: true }
			],
			crowd,
			frame
		);
		expect(overlaps(callout.box, first[0].box)).toBe(false);
	});

	it('is left out when no place within its reach is free', () => {
		const wall = Array.from({ length: 41 * 21 }, (_, i) => ({ x: (i % 41) * 10, y: Math.floor(i / 41) * 10, r: 6 }));
		expect(placeLabels([{ ...want, callout: true }], wall, frame)).toEqual([]);
	});
});
