/**
 * Great-circle arcs between two places, projected at build time into an SVG path. An arc can
 * be pushed sideways (perpendicular to its direction of travel) so that A→B and B→A, which
 * follow the same great circle, are drawn side by side instead of on top of each other.
 */
import { greatCircle } from './sphere';
import type { LonLat } from '../data/types';

/** A projected arc: its path, the point half-way along it, and where its arrowhead goes. */
export interface Arc {
	d: string;
	mid: [number, number];
	/** A point 60 % of the way along, and the direction of travel there, in degrees. */
	arrow: { x: number; y: number; angle: number };
}

/** Latitude beyond which a great circle is drawn as a curve instead. */
export const POLAR_LIMIT = 72;

/** A quadratic curve from p to q bowing to the left of travel by a sixth of its length. */
function bowedCurve(p: [number, number], q: [number, number], samples: number): [number, number][] {
	const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
	const bow = 1 / 6;
	const control: [number, number] = [(p[0] + q[0]) / 2 + dy * bow * 2, (p[1] + q[1]) / 2 - dx * bow * 2];
	return Array.from({ length: samples + 1 }, (_, i) => {
		const t = i / samples;
		const u = 1 - t;
		return [u * u * p[0] + 2 * u * t * control[0] + t * t * q[0], u * u * p[1] + 2 * u * t * control[1] + t * t * q[1]];
	});
}

/**
 * Samples the great circle from `a` to `b`, projects it, and offsets it by `offset` map units
 * to the left of the direction of travel.
 * @example greatCircleArc([4.35, 50.85], [-77.04, 38.91], project, 3).d // "M475.2,118.4l-5.8,-1.8 -5.9,-1.5…"
 */
export function greatCircleArc(
	a: LonLat,
	b: LonLat,
	project: (p: LonLat) => [number, number],
	offset = 0,
	samples = 48
): Arc {
	const interpolate = greatCircle(a, b);
	const along = Array.from({ length: samples + 1 }, (_, i) => interpolate(i / samples) as LonLat);
	// A great circle over the polar cap (Beijing–Washington) would run off the top of a map
	// cropped to the land; there the arc becomes a gentle curve across the map instead.
	const polar = along.some(([, lat]) => Math.abs(lat) > POLAR_LIMIT);
	const points = polar ? bowedCurve(project(a), project(b), samples) : along.map(project);
	const shifted = points.map(([x, y], i) => {
		if (offset === 0) return [x, y] as [number, number];
		const [px, py] = points[Math.max(0, i - 1)];
		const [nx, ny] = points[Math.min(points.length - 1, i + 1)];
		const length = Math.hypot(nx - px, ny - py) || 1;
		// Left of travel in screen coordinates (y grows downwards).
		return [x + (offset * (ny - py)) / length, y - (offset * (nx - px)) / length] as [number, number];
	});
	// A great circle can cross the antimeridian; split the path there rather than drawing across the map.
	let d = '';
	let [x0, y0] = [0, 0];
	let joint = 'l';
	shifted.forEach(([x, y], i) => {
		// In tenths of a unit; steps go between the rounded points, so no rounding error adds up.
		const [tx, ty] = [Math.round(x * 10), Math.round(y * 10)];
		if (i === 0 || Math.abs(x - shifted[i - 1][0]) > 200) {
			d += `M${tx / 10},${ty / 10}`;
			joint = 'l';
		} else {
			d += `${joint}${(tx - x0) / 10},${(ty - y0) / 10}`;
			joint = ' ';
		}
		[x0, y0] = [tx, ty];
	});
	const mid = shifted[Math.floor(shifted.length / 2)];
	const at = Math.round(shifted.length * 0.6);
	const [ax, ay] = shifted[at];
	const [bx, by] = shifted[Math.min(shifted.length - 1, at + 1)];
	const angle = (Math.atan2(by - ay, bx - ax) * 180) / Math.PI;
	return {
		d,
		mid: [Number(mid[0].toFixed(1)), Number(mid[1].toFixed(1))],
		arrow: { x: Number(ax.toFixed(1)), y: Number(ay.toFixed(1)), angle: Math.round(angle) }
	};
}
