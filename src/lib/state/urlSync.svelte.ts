/**
 * Keeps the address bar in step with a view: reads the query once the page has loaded
 * (prerendered pages cannot read it while rendering) and writes it back, debounced, with
 * replaceState, so scrubbing the slider makes no history entries. Call during component init.
 */
import { onMount } from 'svelte';
import { viewQuery } from '$lib/url/viewState';
import type { ExplorerState } from './explorer.svelte';
import { storedTheme } from './themePreference';

/** The view's query string as last written, for links that must keep the view (language switch). */
export class UrlSync {
	query = $state('');
	#ready = false;

	/**
	 * `write` replaces the address (SvelteKit's `replaceState` on the explorer); without it the
	 * URL is only read (the embed: its host owns the address).
	 */
	constructor(
		view: ExplorerState,
		{
			delay = 250,
			write,
			rememberTheme = false
		}: { delay?: number; write?: (url: URL) => void; rememberTheme?: boolean } = {}
	) {
		onMount(() => {
			const params = new URLSearchParams(location.search);
			view.applyParams(params);
			if (rememberTheme && !params.has('theme')) view.theme = storedTheme() ?? 'auto';
			this.query = viewQuery(view.viewState);
			this.#ready = true;
		});
		$effect(() => {
			const query = viewQuery(view.viewState);
			if (!this.#ready) return;
			if (!write) return void (this.query = query);
			const timer = setTimeout(() => {
				this.query = query;
				if (location.search === query) return;
				const url = new URL(location.href);
				url.search = query;
				write(url);
			}, delay);
			return () => clearTimeout(timer);
		});
	}
}
