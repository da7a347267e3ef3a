/**
 * What a slide picks out that its audience would not see: a highlighted record that is not on
 * the slide's map (not yet open or taken at its date, left out by its layers or filters) or that
 * stands outside its frame. The story builder says so beside the slide, which would otherwise
 * name and cite a record the room cannot find on the screen.
 */
import type { Slide } from '../data/types';
import type { ProjectionParams } from '../geo/basemap';
import { zoomOfFocus } from '../geo/regions';
import { inFrame } from '../geo/zoom';
import type { DataIndex } from '../state/dataIndex';
import { actionsListed, flowsDrawn, sitesListed } from '../state/drawn';
import { slideState } from './slides';

/** The ids a slide highlights (of the atlas's records) that its map does not show. */
export function hiddenHighlights(index: DataIndex, slide: Slide, params: ProjectionParams): string[] {
	const known = slide.highlight.filter(
		(id) => index.siteById.has(id) || index.actionById.has(id) || index.flowById.has(id)
	);
	if (!known.length) return [];
	let state;
	try {
		state = slideState(slide, params);
	} catch {
		return []; // a date that is no date: the validator says so
	}
	const zoom = zoomOfFocus(state.focus, params);
	const framed = (groupId: string) => {
		const g = index.groupById.get(groupId)?.group;
		return g !== undefined && inFrame(zoom, g.x, g.y, params.width, params.height);
	};
	const shown = new Set([
		...sitesListed(index, state)
			.filter((s) => framed(s.group))
			.map((s) => s.id),
		...actionsListed(index, state)
			.filter((a) => framed(a.group))
			.map((a) => a.id),
		...flowsDrawn(index, state).map((f) => f.flow.id)
	]);
	return known.filter((id) => !shown.has(id));
}
