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
	// evaluation, the model's unpacking and the hydration run as three tasks, not one (on the
	// embed, on a phone, the longest task went from about 420 to about 240 ms with two).
	requestAnimationFrame(() =>
		setTimeout(() => {
			const model = unpackModel(boot.model);
			setTimeout(() => {
				hydrate(Root, { target, props: { lang: boot.lang, model } });
				// Mount effects (the URL's state, the resize messages) before the page counts as interactive.
				flushSync();
				document.documentElement.dataset.hydrated = 'true';
			});
		})
	);
}
