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
