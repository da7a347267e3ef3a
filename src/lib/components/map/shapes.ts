/**
 * Marker shapes by kind of action, centred on (0, 0) in screen pixels, so colour is never
 * the only cue. Sites are circles; no action kind is a circle.
 */
import type { ActionKind } from '$lib/data/types';

const star = (outer: number, inner: number) =>
	Array.from({ length: 10 }, (_, i) => {
		const r = i % 2 === 0 ? outer : inner;
		const a = (Math.PI / 5) * i - Math.PI / 2;
		return `${i === 0 ? 'M' : 'L'}${(r * Math.cos(a)).toFixed(2)},${(r * Math.sin(a)).toFixed(2)}`;
	}).join('') + 'Z';

const polygon = (sides: number, r: number, rotation = -Math.PI / 2) =>
	Array.from({ length: sides }, (_, i) => {
		const a = rotation + (2 * Math.PI * i) / sides;
		return `${i === 0 ? 'M' : 'L'}${(r * Math.cos(a)).toFixed(2)},${(r * Math.sin(a)).toFixed(2)}`;
	}).join('') + 'Z';

export const KIND_SHAPES: Record<ActionKind, string> = {
	law: 'M-5,-5H5V5H-5Z',
	'executive-order': 'M0,-7L7,0L0,7L-7,0Z',
	regulation: 'M-7,-4H7V4H-7Z',
	ruling: 'M0,-7L6.5,5H-6.5Z',
	decision: polygon(5, 6.2),
	investigation: 'M-2.2,-7H2.2V-2.2H7V2.2H2.2V7H-2.2V2.2H-7V-2.2H-2.2Z',
	warning: 'M-6.5,-5H6.5L0,7Z',
	guidance: polygon(6, 6, 0),
	policy: star(7.5, 3.2)
};

/** Each shape's corners, read once from its path (only M, L, H, V and Z are used above). */
const CORNERS = Object.fromEntries(
	Object.entries(KIND_SHAPES).map(([kind, d]) => {
		const points: [number, number][] = [];
		let x = 0;
		let y = 0;
		for (const [, cmd, args] of d.matchAll(/([MLHVZ])([^MLHVZ]*)/g)) {
			const n = args
				.split(/[\s,]+/)
				.filter(Boolean)
				.map(Number);
			if (cmd === 'Z') continue;
			if (cmd === 'H') x = n[0];
			else if (cmd === 'V') y = n[0];
			else [x, y] = n;
			points.push([x, y]);
		}
		return [kind, points];
	})
) as Record<ActionKind, [number, number][]>;

const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * The shape of an action of `kind` centred on (x, y) and scaled by `scale`, as one path in the
 * map's own coordinates: a marker drawn without a transform of its own (see MarkerLayer).
 */
export function shapeAt(kind: ActionKind, x: number, y: number, scale: number): string {
	const points = CORNERS[kind];
	let [px, py] = points[0];
	let d = `M${round(x + px * scale)},${round(y + py * scale)}`;
	for (let i = 1; i < points.length; i++) {
		const [qx, qy] = points[i];
		const dx = round((qx - px) * scale);
		const dy = round((qy - py) * scale);
		d += dy === 0 ? `h${dx}` : dx === 0 ? `v${dy}` : `l${dx},${dy}`;
		[px, py] = [qx, qy];
	}
	return d + 'z';
}
