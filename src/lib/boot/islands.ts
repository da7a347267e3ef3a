/**
 * Islands: parts of a self-booting page (the explorer, the embed) that the page's hydration
 * skips and that are mounted afresh afterwards, each in a task of its own, so that no one task
 * holds a slow phone's main thread for the whole page (docs/decisions.md).
 * The map's marker layers, the timeline, the legend and the explorer's header, controls and
 * lists are islands; the map's frame and the page's text hydrate with the page.
 *
 * On the server an island renders inline, through the renderer hooks.server.ts registers
 * (svelte/server stays out of the browser's scripts). In the browser its place holds a constant
 * comment, so the page's `{@html}` adopts the server's markup without reading it; the island
 * then replaces that markup with a mounted component in a later task. Until then the reader sees
 * the server's markup, which is the same drawing.
 */
import { getContext, mount, setContext, unmount, type Component } from 'svelte';

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
 * renders it with `served: true`, so a component may leave out of its stand-in what serves only
 * a mounted component (the map's marks' ids).
 */
export function islandMarkup<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
	if (!import.meta.env.SSR) return ISLAND_SLOT;
	if (!serverRender) throw new Error('Data Borders: no island renderer (hooks.server.ts registers it)');
	return serverRender(component as Component<Record<string, unknown>>, { ...props, served: true });
}

const pending: (() => void)[] = [];

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** Which of the focusable elements in `root` has the focus, or -1. */
function focusIndex(root: Element): number {
	const active = document.activeElement;
	if (!active || !root.contains(active)) return -1;
	return [...root.querySelectorAll(FOCUSABLE)].indexOf(active);
}

/**
 * Queues an island to mount into `target` (replacing the server's markup there) when the page
 * runs its islands; returns a function that unmounts it (or forgets it if not yet mounted).
 */
export function deferIsland<P extends Record<string, unknown>>(
	target: Element,
	component: Component<P>,
	props: P
): () => void {
	let instance: Record<string, unknown> | null = null;
	const run = () => {
		// The server's markup goes only once the island stands before it: if mounting fails,
		// the reader keeps the drawing.
		const served = [...target.childNodes];
		const focused = focusIndex(target);
		instance = mount(component, { target, anchor: target.firstChild ?? undefined, props });
		for (const node of served) node.remove();
		// A reader who tabbed into the island before it mounted keeps their place.
		if (focused >= 0) target.querySelectorAll<HTMLElement | SVGElement>(FOCUSABLE)[focused]?.focus();
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
