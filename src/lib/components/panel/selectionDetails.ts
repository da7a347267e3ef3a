import type { Component } from 'svelte';
import type { ExplorerState } from '$lib/state/explorer.svelte';

type Details = Component<{ view: ExplorerState }>;
let pending: Promise<Details> | null = null;

/**
 * The selection's details component, loaded once (the first selection, or the first pointer
 * press or Enter on the page) and shared by every panel. A failed load stays failed: browsers
 * keep a module that could not be fetched in their module map, so the panel offers a reload.
 */
export function loadSelectionDetails(): Promise<Details> {
	pending ??= import('./SelectionDetails.svelte').then((module) => module.default);
	return pending;
}
