/**
 * Marker shapes by kind of action, centred on (0, 0) in screen pixels, so colour is never
 * the only cue. Sites are circles; no action kind is a circle.
 */
import type { ActionKind } from '$lib/data/types';

type Corners = [number, number][];

const round = (v: number) => Math.round(v * 1000) / 1000;

const star = (outer: number, inner: number): Corners =>
	Array.from({ length: 10 }, (_, i) => {
		const r = i % 2 === 0 ? outer : inner;
		const a = (Math.PI / 5) * i - Math.PI / 2;
		return [round(r * Math.cos(a)), round(r * Math.sin(a))];
	});

const polygon = (sides: number, r: number, rotation = -Math.PI / 2): Corners =>
	Array.from({ length: sides }, (_, i) => {
		const a = rotation + (2 * Math.PI * i) / sides;
		return [round(r * Math.cos(a)), round(r * Math.sin(a))];
	});

/** Each shape's corners, in order. */
const CORNERS: Record<ActionKind, Corners> = {
	law: [
		[-5, -5],
		[5, -5],
		[5, 5],
		[-5, 5]
	],
	'executive-order': [
		[0, -7],
		[7, 0],
		[0, 7],
		[-7, 0]
	],
	regulation: [
		[-7, -4],
		[7, -4],
		[7, 4],
		[-7, 4]
	],
	ruling: [
		[0, -7],
		[6.5, 5],
		[-6.5, 5]
	],
	decision: polygon(5, 6.2),
	investigation: [
		[-2.2, -7],
		[2.2, -7],
		[2.2, -2.2],
		[7, -2.2],
		[7, 2.2],
		[2.2, 2.2],
		[2.2, 7],
		[-2.2, 7],
		[-2.2, 2.2],
		[-7, 2.2],
		[-7, -2.2],
		[-2.2, -2.2]
	],
	warning: [
		[-6.5, -5],
		[6.5, -5],
		[0, 7]
	],
	guidance: polygon(6, 6, 0),
	policy: star(7.5, 3.2),
	'provider-measure': [
		[0, -7],
		[6.5, -1.5],
		[6.5, 6],
		[-6.5, 6],
		[-6.5, -1.5]
	]
};

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

/** Each shape centred on (0, 0), for the legend and the downloaded map. */
export const KIND_SHAPES = Object.fromEntries(
	(Object.keys(CORNERS) as ActionKind[]).map((kind) => [kind, shapeAt(kind, 0, 0, 1)])
) as Record<ActionKind, string>;
