/**
 * Hydrates a prerendered page with Svelte alone, for the pages that need no router: the embed
 * (an iframe in an article never navigates) and the explorer (every link from it is a page of
 * its own). They load neither SvelteKit's client nor its data format. If the boot data is
 * missing or garbled the page stays as prerendered (the map at its default date) and the reason
 * is logged.
 */
import { flushSync, hydrate, type Component } from 'svelte';
import type { MapModel } from '$lib/data/model';
import { unpackModel } from '$lib/data/wire';
import type { Lang } from '$lib/i18n/lang';
import { useCountryNames, useMessages } from '$lib/i18n/format';
import { absoluteBase, setBase } from '$lib/paths';
import { BOOT_ID, ROOT_ID, readBoot } from './boot';
import { ISLAND_CONTEXT, takeIslands } from './islands';

export function hydratePage(Root: Component<{ lang: Lang; model: MapModel }>): void {
	const target = document.getElementById(ROOT_ID);
	const read = readBoot(document.getElementById(BOOT_ID)?.textContent);
	if (!target) return console.error(`Data Borders: no #${ROOT_ID} on the page`);
	if ('error' in read) return console.error(`Data Borders: ${read.error}`);
	const { boot } = read;
	setBase(absoluteBase(boot.base, location.href));
	useMessages(boot.lang, boot.messages);
	useCountryNames(boot.lang, boot.countries);
	if (boot.other) useMessages(boot.other.lang, boot.other.messages);
	// After the next frame, so the browser first paints the prerendered page; then the scripts'
	// evaluation, the model's unpacking, the page's hydration and each of its islands (the marker
	// layers, the timeline, the legend, the explorer's controls and lists; see islands.ts) run as tasks of their
	// own: no one task holds a slow phone's main thread for the whole page (docs/decisions.md).
	requestAnimationFrame(() =>
		setTimeout(() => {
			const model = unpackModel(boot.model);
			setTimeout(() => {
				hydrate(Root, { target, props: { lang: boot.lang, model }, context: ISLAND_CONTEXT });
				// Mount effects (the URL's state, the resize messages) run before the islands mount,
				// so they mount at the URL's state.
				flushSync();
				mountIslands(takeIslands());
			});
		})
	);
}

/** Mounts each island in a task of its own, then marks the page interactive. */
function mountIslands(islands: (() => void)[]): void {
	const next = islands.shift();
	if (!next) {
		document.documentElement.dataset.hydrated = 'true';
		return;
	}
	setTimeout(() => {
		try {
			next();
			flushSync();
		} catch (error) {
			console.error('Data Borders: a part of the page could not start', error);
		}
		mountIslands(islands);
	});
}
