import { describe, expect, it } from 'vitest';
import { spreadZoom } from './cluster';
import { MAX_ZOOM } from './zoom';

const W = 960;
const H = 500;
const world = { k: 1, x: W / 2, y: H / 2 };

describe('spreadZoom', () => {
	it('zooms in on a crowded mark until its nearest neighbour is a touch target away', () => {
		const at = { x: 500, y: 150 };
		const zoom = spreadZoom([at, { x: 504, y: 150 }, { x: 600, y: 300 }], at, world, 24, W, H)!;
		expect(zoom.k * 4).toBeGreaterThanOrEqual(24);
		expect(zoom).toEqual({ k: (24 / 4) * 1.25, x: 500, y: 150 });
	});

	it('leaves the view alone when nothing crowds the mark, or only marks at the same place', () => {
		const at = { x: 500, y: 150 };
		expect(spreadZoom([at, { x: 540, y: 150 }], at, world, 24, W, H)).toBeNull();
		expect(spreadZoom([at, { x: 500.01, y: 150 }], at, world, 24, W, H)).toBeNull();
		// Already zoomed far enough.
		expect(spreadZoom([at, { x: 504, y: 150 }], at, { k: 8, x: 500, y: 150 }, 24, W, H)).toBeNull();
	});

	it('stops at the maximum zoom, and says so by returning null once there', () => {
		const at = { x: 500, y: 150 };
		const near = { x: 500.5, y: 150 };
		const zoom = spreadZoom([at, near], at, world, 24, W, H)!;
		expect(zoom.k).toBe(MAX_ZOOM);
		expect(spreadZoom([at, near], at, zoom, 24, W, H)).toBeNull();
	});

	it('keeps the map covering the frame near its edge', () => {
		const at = { x: 2, y: 3 };
		const zoom = spreadZoom([at, { x: 4, y: 3 }], at, world, 24, W, H)!;
		expect(zoom.x).toBeGreaterThanOrEqual(W / (2 * zoom.k));
		expect(zoom.y).toBeGreaterThanOrEqual(H / (2 * zoom.k));
	});
});
