/**
 * Images of a view, made at build time from the same state logic and basemap as the live map:
 * an SVG (MapSnapshot) and a PNG rasterised from it with resvg, with DejaVu fonts shipped as a
 * dev dependency so every machine draws the same text. Used for link previews (og:image),
 * the embed's no-script fallback, and downloads.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { render } from 'svelte/server';
import { Resvg } from '@resvg/resvg-js';
import appCss from '../../app.css?raw';
import MapSnapshot from '$lib/components/snapshot/MapSnapshot.svelte';
import { ExplorerState } from '$lib/state/explorer.svelte';
import { parseThemeTokens } from '$lib/theme/tokens';
import { describeMap } from '$lib/i18n/summary';
import { translate } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/lang';
import type { ViewState } from '$lib/url/viewState';
import { basemapMarkup } from '$lib/geo/basemap';
import { BASEMAP } from './world';
import { mapModel } from './dataset';

const TOKENS = parseThemeTokens(appCss);
const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(fontDir, f));

/** A view to draw: the state, the theme and the heading. */
export interface SnapshotRequest {
	lang: Lang;
	state: Partial<ViewState>;
	theme: 'light' | 'dark';
	title?: string;
	/** Ids drawn larger (a slide's highlights). */
	spotlight?: string[];
	/** The view's public address, printed in the footer (only when the build knows the site's). */
	permalink?: string | null;
	/** `card` unless said (MapSnapshot's formats). */
	format?: 'card' | 'handout';
}

/** The SVG of a view and its alt text (the map's state in words). */
export function snapshotSvg({
	lang,
	state,
	theme,
	title,
	spotlight = [],
	permalink,
	format = 'card'
}: SnapshotRequest): {
	svg: string;
	alt: string;
} {
	const model = mapModel(lang);
	const view = new ExplorerState(model, state);
	view.spotlight = spotlight;
	const colors = Object.fromEntries(Object.entries(TOKENS).map(([name, pair]) => [name, pair[theme]]));
	const basemap = basemapMarkup(BASEMAP, view.highlighted, view.highlightedTo);
	const heading = title ?? translate(lang, 'site.title');
	const { body } = render(MapSnapshot, {
		props: { view, basemap, colors, title: heading, permalink: permalink ?? '', format }
	});
	const alt = `${heading}. ${describeMap(lang, view.facts)}`;
	// Svelte's hydration markers are comments; a standalone file does not need them.
	return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${body.replace(/<!--[^>]*-->/g, '')}`, alt };
}

/** Rasterises a snapshot SVG to PNG at its own size. */
export function snapshotPng(svg: string): Buffer {
	const resvg = new Resvg(svg, {
		font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'DejaVu Sans' },
		fitTo: { mode: 'original' }
	});
	return resvg.render().asPng();
}
