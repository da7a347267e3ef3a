/**
 * When the map labels its marks: always the selection and a slide's records, and every mark once
 * the frame holds no more than SPARSE of them (a filtered or zoomed view, where names answer
 * "where?"). Kept apart from the labels' own code (MapLabels), which loads only when wanted.
 */
import type { MarkerGroup } from '$lib/data/model';
import type { ZoomView } from '$lib/geo/zoom';

/** The most marks in the frame for which every mark carries its place's name. */
export const SPARSE = 12;

/** What of the view the labels read. */
export interface LabelledView {
	selected: string | null;
	spotGroups: Set<string>;
	zoom: ZoomView;
	siteGroupsAt: { group: MarkerGroup; count: number }[];
	actionGroupsAt: { group: MarkerGroup; count: number }[];
	showsLayer(layer: 'sites' | 'actions'): boolean;
}

/** A map point (units at zoom 1) on screen, in the frame's units. */
export function onScreen(x: number, y: number, zoom: ZoomView, width: number, height: number): [number, number] {
	return [(x - zoom.x) * zoom.k + width / 2, (y - zoom.y) * zoom.k + height / 2];
}

/** The marker groups drawn (on a layer shown) whose centre lies in the frame, with their layer. */
export function groupsInFrame(view: LabelledView, width: number, height: number) {
	const out: { group: MarkerGroup; count: number; layer: 'sites' | 'actions'; x: number; y: number }[] = [];
	for (const layer of ['sites', 'actions'] as const) {
		if (!view.showsLayer(layer)) continue;
		for (const g of layer === 'sites' ? view.siteGroupsAt : view.actionGroupsAt) {
			const [x, y] = onScreen(g.group.x, g.group.y, view.zoom, width, height);
			if (x >= 0 && y >= 0 && x <= width && y <= height) out.push({ group: g.group, count: g.count, layer, x, y });
		}
	}
	return out;
}

/** Whether the map carries any label. */
export function wantsLabels(view: LabelledView, width: number, height: number): boolean {
	if (view.selected !== null || view.spotGroups.size > 0) return true;
	let n = 0;
	for (const layer of ['sites', 'actions'] as const) {
		if (!view.showsLayer(layer)) continue;
		for (const g of layer === 'sites' ? view.siteGroupsAt : view.actionGroupsAt) {
			const [x, y] = onScreen(g.group.x, g.group.y, view.zoom, width, height);
			if (x >= 0 && y >= 0 && x <= width && y <= height && ++n > SPARSE) return false;
		}
	}
	return n > 0;
}
