/**
 * A draft story's pictures of its maps, drawn in the browser by the same component as the
 * build's (MapSnapshot, through viewSvg): each slide's view with its records picked out, on a
 * fresh copy of the basemap, one after the other. Given as data: addresses, which the site's
 * content security policy allows for images. Browser only.
 */
import type { MapModel } from '../data/model';
import { ExplorerState } from '../state/explorer.svelte';
import type { StoryView } from './storyView';

/** Calls `done(i, picture)` as each slide's picture is drawn, in `format` ('card' for the presenter, 'handout'). */
export async function drawPictures(
	story: StoryView,
	model: MapModel,
	basemapMarkup: string,
	format: 'card' | 'handout',
	done: (index: number, picture: string) => void
): Promise<void> {
	const { viewSvg } = await import('../components/explorer/viewFiles');
	for (const [i, slide] of story.slides.entries()) {
		const view = new ExplorerState(model, slide.state);
		view.spotlight = slide.highlight;
		const basemap = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
		basemap.innerHTML = basemapMarkup;
		const svg = await viewSvg(view, slide.title, format, '', basemap);
		done(i, `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
	}
}
