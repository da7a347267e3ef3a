/**
 * Islands: parts of a self-booting page (the explorer, the embed) that the page's hydration
 * skips and that hydrate afterwards, each in a task of its own, so that no one task holds a slow
 * phone's main thread for the whole page (docs/decisions.md).
 * The map's marker layers, the timeline, the legend and the explorer's header, controls and
 * lists are islands; the map's frame and the page's text hydrate with the page.
 *
 * On the server an island renders inline, through the renderer hooks.server.ts registers
 * (svelte/server stays out of the browser's scripts). In the browser its place holds a constant
 * comment, so the page's `{@html}` adopts the server's markup without reading it; the island
 * then hydrates that markup in a later task, keeping its elements (so the browser lays out
 * nothing anew, and a reader who tabbed into it keeps the focus). Where the address asks for
 * another state than the server drew (another date), hydration brings the elements to it:
 * Svelte patches words and attributes and adds or drops what differs.
 */
import { getContext, hydrate, setContext, unmount, type Component } from 'svelte';

const KEY = 'data-borders:islands';

/** What the page's `{@html}` holds in the browser where an island's server markup is. */
export const ISLAND_SLOT = '<!--db-island-->';

type Render = (component: Component<Record<string, unknown>>, props: Record<string, unknown>) => string;
let serverRender: Render | null = null;

/** Registers the server's renderer (svelte/server's `render`), from hooks.server.ts. */
export function useIslandRenderer(render: Render): void {
	serverRender = render;
}

/** Marks the component tree below the caller as one whose islands are deferred (pages that boot themselves). */
export function setIslands(): void {
	setContext(KEY, true);
}

let started = false;

/**
 * Whether an island created now is deferred: inside a page that boots itself, before its islands
 * have started (one that appears later, say when the reader opens a part, renders as a child).
 */
export function islandsDeferred(): boolean {
	return !started && getContext(KEY) === true;
}
/** The context Map for the page's hydrate(). */
export const ISLAND_CONTEXT = new Map([[KEY, true]]);

/**
 * The island's markup: rendered on the server, the constant slot in the browser. The server
 * renders it with `served: true`, so a component may leave out of its markup what serves only
 * a started component (the map's marks' ids, which hydration adds).
 */
export function islandMarkup<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
	if (!import.meta.env.SSR) return ISLAND_SLOT;
	if (!serverRender) throw new Error('Data Borders: no island renderer (hooks.server.ts registers it)');
	return serverRender(component as Component<Record<string, unknown>>, { ...props, served: true });
}

const pending: (() => void)[] = [];

/**
 * Queues an island to hydrate the server's markup in `target` when the page runs its islands;
 * returns a function that unmounts it (or forgets it if not yet started).
 */
export function deferIsland<P extends Record<string, unknown>>(
	target: Element,
	component: Component<P>,
	props: P
): () => void {
	let instance: Record<string, unknown> | null = null;
	const run = () => {
		instance = hydrate(component, { target, props });
	};
	pending.push(run);
	return () => {
		const at = pending.indexOf(run);
		if (at >= 0) pending.splice(at, 1);
		if (instance) void unmount(instance);
	};
}

/** The islands queued by the page's hydration, in page order; islands created from now on render as children. */
export function takeIslands(): (() => void)[] {
	started = true;
	return pending.splice(0);
}
