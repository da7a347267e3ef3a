/**
 * Labels beside the map's marks, placed greedily in order of priority: each takes the first of
 * four places (right, left, above, below its mark) where it overlaps no label already placed,
 * no mark and no edge of the frame, or is left out. A callout (a label that must be shown: the
 * selection's, a slide's highlighted records') that finds no such place beside its mark stands
 * farther out, joined to its mark by a leader line. All in the frame's units.
 */

/** A mark as a circle: its centre and radius. */
export interface Circle {
	x: number;
	y: number;
	r: number;
}

/** A label a mark asks for; a `callout` may stand away from its mark, with a leader line. */
export interface LabelWant extends Circle {
	id: string;
	text: string;
	callout?: boolean;
}

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** A line from a mark's edge to its label. */
export interface Leader {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/**
 * A placed label: where its text starts (`x`, baseline `y`), how it is anchored, its box, and,
 * when it stands away from its mark, the line that joins them.
 */
export interface Label {
	id: string;
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	box: Box;
	leader?: Leader;
}

/** A label's width per character, as a share of the font size: wide enough for capitals and bold. */
export const CHAR_WIDTH = 0.62;

/** Whether two boxes overlap. */
export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Whether a box and a circle overlap. */
export function touches(box: Box, c: Circle): boolean {
	const dx = Math.max(box.x0 - c.x, 0, c.x - box.x1);
	const dy = Math.max(box.y0 - c.y, 0, c.y - box.y1);
	return dx * dx + dy * dy < c.r * c.r;
}

/** The four places a label may take beside its mark, in order of preference. */
function places(want: LabelWant, fontSize: number): Label[] {
	const w = want.text.length * fontSize * CHAR_WIDTH;
	const h = fontSize * 1.25;
	const gap = fontSize * 0.3;
	const { x, y, r, id, text } = want;
	const baseline = fontSize * 0.35;
	const side = (anchor: 'start' | 'end'): Label => {
		const x0 = anchor === 'start' ? x + r + gap : x - r - gap - w;
		return {
			id,
			text,
			anchor,
			x: anchor === 'start' ? x0 : x0 + w,
			y: y + baseline,
			box: { x0, y0: y - h / 2, x1: x0 + w, y1: y + h / 2 }
		};
	};
	const vertical = (above: boolean): Label => {
		const y0 = above ? y - r - gap - h : y + r + gap;
		return {
			id,
			text,
			anchor: 'middle',
			x,
			y: y0 + h / 2 + baseline,
			box: { x0: x - w / 2, y0, x1: x + w / 2, y1: y0 + h }
		};
	};
	return [side('start'), side('end'), vertical(true), vertical(false)];
}

/** How many steps out, and in which directions (right and left first), a callout may stand. */
const CALLOUT_STEPS = 6;
const CALLOUT_DIRECTIONS: [number, number][] = [
	[1, 0],
	[-1, 0],
	[1, -1],
	[-1, -1],
	[1, 1],
	[-1, 1],
	[0, -1],
	[0, 1]
];

/**
 * Places for a callout, nearest first: its box moved out from the mark by whole steps of one line
 * height in eight directions, with a leader from the mark's edge to the box's nearest point.
 */
function calloutPlaces(want: LabelWant, fontSize: number): Label[] {
	const w = want.text.length * fontSize * CHAR_WIDTH;
	const h = fontSize * 1.25;
	const { x, y, r, id, text } = want;
	const out: Label[] = [];
	for (let step = 1; step <= CALLOUT_STEPS; step++)
		for (const [dx, dy] of CALLOUT_DIRECTIONS) {
			const reach = r + step * h;
			// The box's edge nearest the mark sits `reach` away along the direction.
			const cx = x + dx * (reach + (dx ? w / 2 : 0));
			const cy = y + dy * (reach + (dy ? h / 2 : 0));
			const box = { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
			const nx = Math.max(box.x0, Math.min(x, box.x1));
			const ny = Math.max(box.y0, Math.min(y, box.y1));
			const d = Math.hypot(nx - x, ny - y) || 1;
			out.push({
				id,
				text,
				anchor: 'middle',
				x: cx,
				y: cy + fontSize * 0.35,
				box,
				leader: { x1: x + ((nx - x) / d) * r, y1: y + ((ny - y) / d) * r, x2: nx, y2: ny }
			});
		}
	return out;
}

/**
 * Labels for `wants`, in their order of priority, each beside its mark where it overlaps no
 * other label, none of `marks` and none of the `blocked` boxes (controls over the map) and stays
 * inside `width` × `height`; a callout with no such place stands farther out (calloutPlaces), and
 * any other label with no such place is left out.
 */
export function placeLabels(
	wants: LabelWant[],
	marks: Circle[],
	{ width, height, fontSize, blocked = [] }: { width: number; height: number; fontSize: number; blocked?: Box[] }
): Label[] {
	const placed: Label[] = [];
	const free = ({ box }: Label) =>
		box.x0 >= 0 &&
		box.y0 >= 0 &&
		box.x1 <= width &&
		box.y1 <= height &&
		!placed.some((p) => overlaps(p.box, box)) &&
		!blocked.some((b) => overlaps(b, box)) &&
		!marks.some((m) => touches(box, m));
	for (const want of wants) {
		const label =
			places(want, fontSize).find(free) ?? (want.callout ? calloutPlaces(want, fontSize).find(free) : undefined);
		if (label) placed.push(label);
	}
	return placed;
}

/**
 * The absolute points of an arc's path (arc.ts's `d`: moves and relative lines in tenths), one
 * list per move; an arc split at the antimeridian has two. Here, with the labels, so that the
 * scripts every map page loads do not carry it.
 */
export function pathRuns(d: string): [number, number][][] {
	const out: [number, number][][] = [];
	for (const [, move, steps] of d.matchAll(/M([^Ml]+)(?:l([^M]*))?/g)) {
		const [x, y] = move.split(',').map(Number);
		const points: [number, number][] = [[x, y]];
		const numbers = (steps ?? '').match(/-?(?:\d+\.?\d*|\.\d+)/g)?.map(Number) ?? [];
		for (let i = 0; i < numbers.length; i += 2) {
			const [px, py] = points[points.length - 1];
			points.push([Math.round((px + numbers[i]) * 10) / 10, Math.round((py + numbers[i + 1]) * 10) / 10]);
		}
		out.push(points);
	}
	return out;
}
