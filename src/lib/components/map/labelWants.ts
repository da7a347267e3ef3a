/**
 * When the map labels its marks: always the selection and a slide's records, and every mark once
 * the frame holds no more than SPARSE of them (a filtered or zoomed view, where names answer
 * "where?"). Kept apart from the labels' own code (MapLabels), which loads only when wanted.
 */
import type { MarkerGroup } from '$lib/data/model';
import { inFrame, toFrame, type ZoomView } from '$lib/geo/zoom';

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

/** The marker groups drawn on the layers shown, with their layer, whose centre lies in the frame. */
export function* groupsInFrame(view: LabelledView, width: number, height: number) {
	for (const layer of ['sites', 'actions'] as const) {
		if (!view.showsLayer(layer)) continue;
		for (const g of layer === 'sites' ? view.siteGroupsAt : view.actionGroupsAt) {
			if (!inFrame(view.zoom, g.group.x, g.group.y, width, height)) continue;
			const [x, y] = toFrame(view.zoom, g.group.x, g.group.y, width, height);
			yield { group: g.group, count: g.count, layer, x, y };
		}
	}
}

/** Whether the map carries any label. */
export function wantsLabels(view: LabelledView, width: number, height: number): boolean {
	if (view.selected !== null || view.spotGroups.size > 0) return true;
	let n = 0;
	for (const _ of groupsInFrame(view, width, height)) if (++n > SPARSE) return false;
	return n > 0;
}
