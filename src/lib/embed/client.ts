/**
 * The embed's entry: hydrates the prerendered page with Svelte alone. An iframe in an article
 * needs no router, so it loads neither SvelteKit's client nor its data format (four scripts
 * instead of seven, about 12 KiB brotli less). If the boot data is missing or garbled the page
 * stays as prerendered (the map at its default date) and the reason is logged.
 */
import { flushSync, hydrate } from 'svelte';
import EmbedRoot from '$lib/components/embed/EmbedRoot.svelte';
import { useCountryNames, useMessages } from '$lib/i18n/format';
import { absoluteBase, setBase } from '$lib/paths';
import { BOOT_ID, readBoot } from './boot';

const target = document.getElementById('embed-root');
const read = readBoot(document.getElementById(BOOT_ID)?.textContent);
if (!target) console.error('Data Borders embed: no #embed-root on the page');
else if ('error' in read) console.error(`Data Borders embed: ${read.error}`);
else {
	const { boot } = read;
	setBase(absoluteBase(boot.base, location.href));
	useMessages(boot.lang, boot.messages);
	useCountryNames(boot.lang, boot.countries);
	// After the next frame: the browser first paints the prerendered page, and the scripts'
	// evaluation and the hydration run as two tasks, not one (on a phone the longest task went
	// from about 370 to about 240 ms).
	requestAnimationFrame(() =>
		setTimeout(() => {
			hydrate(EmbedRoot, { target, props: { lang: boot.lang, model: boot.model } });
			// Mount effects (the URL's state, the resize messages) before the page counts as interactive.
			flushSync();
			document.documentElement.dataset.hydrated = 'true';
		})
	);
}
