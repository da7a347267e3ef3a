/**
 * What a slide's map shows, as records: those drawn at its date, with its layers and filters, and
 * standing inside its frame. The story builder offers them to cite, and says when the slide picks
 * out a record that is not among them, since the slide would name and cite a record the room
 * cannot find on the screen.
 */
import type { SiteView, ActionView, FlowView } from '../data/model';
import type { Slide } from '../data/types';
import type { ProjectionParams } from '../geo/basemap';
import { zoomOfFocus } from '../geo/regions';
import { inFrame } from '../geo/zoom';
import type { DataIndex } from '../state/dataIndex';
import { actionsListed, flowsDrawn, sitesListed } from '../state/drawn';
import { slideState } from './slides';

/** The records a slide's map shows in its frame, or null for a slide whose date is no date (the validator says so). */
export function slideRecords(
	index: DataIndex,
	slide: Slide,
	params: ProjectionParams
): { sites: SiteView[]; actions: ActionView[]; flows: FlowView[] } | null {
	let state;
	try {
		state = slideState(slide, params);
	} catch {
		return null;
	}
	const zoom = zoomOfFocus(state.focus, params);
	const framed = (groupId: string) => {
		const g = index.groupById.get(groupId)?.group;
		return g !== undefined && inFrame(zoom, g.x, g.y, params.width, params.height);
	};
	return {
		sites: sitesListed(index, state).filter((s) => framed(s.group)),
		actions: actionsListed(index, state).filter((a) => framed(a.group)),
		flows: flowsDrawn(index, state).map((f) => f.flow)
	};
}

/** The ids a slide highlights (of the atlas's records) that its map does not show. */
export function hiddenHighlights(index: DataIndex, slide: Slide, params: ProjectionParams): string[] {
	const known = slide.highlight.filter(
		(id) => index.siteById.has(id) || index.actionById.has(id) || index.flowById.has(id)
	);
	if (!known.length) return [];
	const records = slideRecords(index, slide, params);
	if (!records) return [];
	const shown = new Set([...records.sites, ...records.actions, ...records.flows].map((r) => r.id));
	return known.filter((id) => !shown.has(id));
}
