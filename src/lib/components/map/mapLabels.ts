/**
 * The map's labels at the view's date and zoom, in the frame's units: the selection's first, then
 * a slide's highlighted places and flows (these may stand away from their marks on a leader
 * line), then (when the frame holds few marks, see labelWants.ts) every mark's place, most
 * records first. Each mark, and each group's count, is an obstacle no label covers.
 */
import type { ExplorerState } from '$lib/state/explorer.svelte';
import { pathRuns, placeLabels, type Circle, type Label, type LabelWant } from '$lib/geo/labels';
import { ACTION, LABEL, SITE, SPOT, ZOOM_CONTROLS } from './marks';
import { SPARSE, groupsInFrame } from './labelWants';
import { inFrame, toFrame } from '$lib/geo/zoom';
import type { FlowView } from '$lib/data/model';

/** A label's text at most this long; a longer one ends in an ellipsis. */
const LONGEST = 34;
const shorten = (text: string) => (text.length > LONGEST ? `${text.slice(0, LONGEST - 1).trimEnd()}…` : text);

/**
 * Where a flow's label goes, in the frame's units: at its arrow, or, when the arrow is out of the
 * frame (a transatlantic flow in a view of Europe), at the point of its arc in the frame nearest
 * the arrow; null when no part of the arc is in the frame.
 */
function flowLabelPlace(view: ExplorerState, flow: FlowView, width: number, height: number): [number, number] | null {
	const { arrow } = flow;
	if (inFrame(view.zoom, arrow.x, arrow.y, width, height)) return toFrame(view.zoom, arrow.x, arrow.y, width, height);
	const visible = pathRuns(flow.d)
		.flat()
		.filter(([x, y]) => inFrame(view.zoom, x, y, width, height));
	if (!visible.length) return null;
	const distance = ([x, y]: [number, number]) => Math.hypot(x - arrow.x, y - arrow.y);
	const nearest = visible.reduce((best, p) => (distance(p) < distance(best) ? p : best));
	return toFrame(view.zoom, nearest[0], nearest[1], width, height);
}

/** The labels of `view` drawn in a frame of `width` × `height` map units, `upp` units per CSS pixel. */
export function mapLabels(view: ExplorerState, upp: number, width: number, height: number): Label[] {
	const scale = view.markScale;
	const fontSize = LABEL.size * upp;
	const groups = [...groupsInFrame(view, width, height)];
	const spotOf = (id: string) => (view.spotGroups.has(id) ? SPOT : 1);
	const radii = groups.map((g) => {
		const r = g.layer === 'sites' ? (g.count > 1 ? SITE.rMany : SITE.r) : ACTION.reach;
		return (r + SITE.stroke) * scale * spotOf(g.group.id);
	});
	const marks: Circle[] = groups.map((g, i) => ({ x: g.x, y: g.y, r: radii[i] }));
	// An action group's count stands above and to the right of its shape.
	for (const g of groups)
		if (g.layer === 'actions' && g.count > 1) {
			const size = ACTION.countSize * scale * spotOf(g.group.id);
			marks.push({ x: g.x + size * 1.1, y: g.y - size * 0.9, r: size * 0.8 });
		}
	const wants: LabelWant[] = [];
	// One label per text: a place's sites and its actions are not named twice.
	const at = (id: string, text: string, x: number, y: number, r: number, callout = false) => {
		if (!wants.some((w) => w.text === shorten(text))) wants.push({ id, text: shorten(text), x, y, r, callout });
	};
	// A flow's label: at its arrow, or where its arc is in view (flowLabelPlace).
	const atFlow = (flow: FlowView) => {
		const place = flowLabelPlace(view, flow, width, height);
		if (place) at(flow.id, flow.label, place[0], place[1], 6 * scale, true);
	};
	const { selection } = view;
	for (const [i, g] of groups.entries()) {
		if (g.group.id !== view.selectedGroup) continue;
		const r = radii[i];
		if (selection?.type === 'site')
			at(g.group.id, `${view.index.providerName(selection.site.provider)}, ${g.group.place}`, g.x, g.y, r, true);
		else if (selection?.type === 'action') at(g.group.id, selection.action.title, g.x, g.y, r, true);
		else at(g.group.id, g.group.place, g.x, g.y, r, true);
	}
	if (selection?.type === 'flow') atFlow(selection.flow);
	const rest = groups.map((g, i) => ({ g, r: radii[i] })).filter(({ g }) => g.group.id !== view.selectedGroup);
	const spot = rest.filter(({ g }) => view.spotGroups.has(g.group.id));
	const others = groups.length <= SPARSE ? rest.filter(({ g }) => !view.spotGroups.has(g.group.id)) : [];
	others.sort((a, b) => b.g.count - a.g.count);
	for (const { g, r } of spot) at(g.group.id, g.group.place, g.x, g.y, r, true);
	for (const { flow } of view.flowsAt) if (view.spotGroups.has(flow.id) && flow.id !== view.selected) atFlow(flow);
	for (const { g, r } of others) at(g.group.id, g.group.place, g.x, g.y, r);
	// The zoom buttons' column, at the frame's top right (WorldMap).
	const controls = { x0: width - ZOOM_CONTROLS.width * upp, y0: 0, x1: width, y1: ZOOM_CONTROLS.height * upp };
	return placeLabels(wants, marks, { width, height, fontSize, blocked: [controls] });
}
