/**
 * The theme of a page without a view in its URL (data, event pages): the reader's remembered
 * choice, applied to <html> and changed by the header's toggle. Call during component init.
 */
import { onMount } from 'svelte';
import type { Theme } from '$lib/url/viewState';
import { storeTheme, storedTheme } from './themePreference';

export class PageTheme {
	value = $state<Theme>('auto');

	constructor() {
		onMount(() => {
			this.value = storedTheme() ?? 'auto';
		});
		$effect(() => {
			document.documentElement.dataset.theme = this.value;
		});
	}

	/** The reader's choice: applied and remembered. */
	set = (theme: Theme) => {
		this.value = theme;
		storeTheme(theme);
	};
}
