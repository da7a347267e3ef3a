/**
 * Files of the view on screen, made in the browser: an SVG drawn by the same MapSnapshot
 * component as the build's images (so a download looks like the link previews), a PNG at
 * twice its size (or a social card at its own), and the visible data as CSV and JSON. Browser only.
 */
import { flushSync, mount, unmount } from 'svelte';
import { ExplorerState } from '$lib/state/explorer.svelte';
import { IMAGE_TOKENS } from '$lib/theme/tokens';
import { viewCsv, viewJson, type VisibleData } from '$lib/data/viewExport';
import { viewQuery } from '$lib/url/viewState';
import { isoOfDay } from '$lib/time/partialDate';
import { basePath } from '$lib/paths';
import { fullViewUrl } from '$lib/embed/snippet';
import { formatDay } from '$lib/i18n/format';
import { cite } from '$lib/data/citation';
import { DATASET_AS_OF, DATASET_VERSION, LICENCES } from '$lib/data/datasetInfo';

/** The theme's colours as the page resolves them now (light or dark). */
function resolveColors(): Record<string, string> {
	const probe = document.createElement('span');
	document.body.append(probe);
	const colors: Record<string, string> = {};
	for (const name of IMAGE_TOKENS) {
		probe.style.color = `var(--${name})`;
		colors[name] = getComputedStyle(probe).color;
	}
	probe.remove();
	return colors;
}

/**
 * The view as a standalone SVG document: for an article (1200 px wide, as tall as the map
 * needs), as a social card (1200 × 630) or as a handout's map, with the view's address in its
 * footer. The basemap is the one `basemap` holds (the page's map, unless another is given).
 */
export async function viewSvg(
	view: ExplorerState,
	title: string,
	format: 'article' | 'card' | 'handout',
	permalink: string,
	basemap: ParentNode = document.querySelector('svg.basemap') ?? document
): Promise<string> {
	const { default: MapSnapshot } = await import('$lib/components/snapshot/MapSnapshot.svelte');
	// The land, the shaded countries (drawn on screen first, should their outlines still be on
	// their way) and the borders, as the page draws them.
	const group = basemap.querySelector('.countries');
	if (group) {
		const shading = await import('$lib/geo/shading');
		await shading.shadeCountries(group, view.highlighted, view.highlightedTo, `${basePath()}/basemap/countries.json`);
	}
	const markup = ['.land', '.countries', '.borders']
		.map((part) => basemap.querySelector(part)?.outerHTML ?? '')
		.join('');
	// A copy of the view, so drawing the file changes nothing on screen.
	const copy = new ExplorerState(view.model, view.viewState);
	copy.spotlight = view.spotlight;
	const target = document.createElement('div');
	const component = mount(MapSnapshot, {
		target,
		props: { view: copy, basemap: markup, colors: resolveColors(), title, format, permalink }
	});
	flushSync();
	const svg = target.innerHTML.replace(/<!--[^>]*-->/g, '');
	unmount(component);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
}

/** The SVG rasterised at `density` times its size. */
export async function viewPng(svg: string, density: number): Promise<Blob> {
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = image.naturalWidth * density;
	canvas.height = image.naturalHeight * density;
	canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png')
	);
}

/**
 * What the view shows, for the data downloads, with every record's sources (loaded first if
 * the page has not needed them yet) and how to cite the view.
 */
export async function visibleData(view: ExplorerState, site: string): Promise<VisibleData> {
	const any = view.model.actions[0]?.id ?? view.model.sites[0]?.id;
	if (any) await view.details.ensure(any);
	if (any && !view.details.get(any)) throw new Error('The sources could not be loaded.');
	const lang = view.model.lang;
	const url = fullViewUrl(site, lang, viewQuery(view.viewState));
	return {
		lang,
		date: view.date,
		compare: view.compare,
		url,
		site,
		sites: view.sitesAt,
		actions: view.actionsAt,
		flows: view.flowsAt.map(({ flow, period }) => ({ flow, period })),
		providers: view.model.providers,
		operators: view.model.operators,
		jurisdictions: new Map(view.model.jurisdictions.map((j) => [j.code, j.name])),
		details: (id) => view.details.get(id),
		dataset: { version: DATASET_VERSION, asOf: DATASET_AS_OF, licence: LICENCES.data },
		citations: viewCitations(view, url)
	};
}

/** The view's references (APA, Chicago, BibTeX), at its address. */
export function viewCitations(view: ExplorerState, url: string) {
	const lang = view.model.lang;
	const when = view.compare
		? `${formatDay(view.compare.from, lang)} → ${formatDay(view.compare.to, lang)}`
		: formatDay(view.date, lang);
	return cite({ lang, url, view: when, version: DATASET_VERSION, asOf: DATASET_AS_OF });
}

/** Hands a file to the browser's downloads. */
export function saveFile(name: string, content: Blob | string, type: string): void {
	const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The file name of this view's downloads: `data-borders-2020-08-05.png`. */
export function fileName(view: ExplorerState, extension: string): string {
	return `data-borders-${isoOfDay(view.date)}${view.selected ? `-${view.selected}` : ''}.${extension}`;
}

export { viewCsv, viewJson };

/** A download of the view: its data (CSV, JSON) or its picture (PNG at twice its size, a social card, SVG). */
export type ViewFile = 'png' | 'card' | 'svg' | 'csv' | 'json';

/** Makes and saves one of the view's files; `site` is the site's root, `permalink` the view's address. */
export async function saveView(view: ExplorerState, kind: ViewFile, site: string, permalink: string, title: string) {
	if (kind === 'csv' || kind === 'json') {
		const data = await visibleData(view, site);
		saveFile(
			fileName(view, kind),
			kind === 'csv' ? viewCsv(data) : viewJson(data),
			kind === 'csv' ? 'text/csv' : 'application/json'
		);
		return;
	}
	const svg = await viewSvg(view, title, kind === 'card' ? 'card' : 'article', permalink);
	if (kind === 'svg') saveFile(fileName(view, 'svg'), svg, 'image/svg+xml');
	else if (kind === 'card') saveFile(fileName(view, 'card.png'), await viewPng(svg, 1), 'image/png');
	else saveFile(fileName(view, 'png'), await viewPng(svg, 2), 'image/png');
}
