/**
 * The entry scripts of the pages that boot without SvelteKit's client (src/lib/boot/), and where
 * the client build wrote each with the chunks it imports, read from Vite's manifest when the page
 * is prerendered (the client build has finished by then). In development Vite serves the source
 * file itself.
 */
import { readFileSync } from 'node:fs';

export const ENTRIES = {
	embed: 'src/lib/boot/embed.ts',
	explorer: 'src/lib/boot/explorer.ts'
} as const;
export type EntryName = keyof typeof ENTRIES;

/**
 * The entries built into a bundle of their own, sharing no file with the other pages (vite.config.ts,
 * `pageEntries`): the embed is loaded cold inside someone else's article, never after another page
 * of ours, so one file with only what it runs beats files shared with the explorer.
 */
export const OWN_BUNDLE: readonly EntryName[] = ['embed'];

const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';
/** Where the own bundles' manifest is written (outside the build's output, like Vite's own). */
export const OWN_MANIFEST = '.svelte-kit/output/own-bundles.json';

interface ManifestChunk {
	file: string;
	imports?: string[];
}

export interface EntryFiles {
	file: string;
	/** Every chunk the entry imports, directly or not, for modulepreload links. */
	preload: string[];
}

/** An entry's file and every chunk it imports statically, each once, paths from the build's root. */
export function entryFiles(manifest: Record<string, ManifestChunk>, key: string): EntryFiles {
	const entry = manifest[key];
	if (!entry)
		throw new Error(`${key} is not in the client build's manifest: is it in ENTRIES (src/lib/server/entries.ts)?`);
	const preload = new Set<string>();
	const visit = (chunk: ManifestChunk) => {
		for (const name of chunk.imports ?? []) {
			const imported = manifest[name];
			if (!imported || preload.has(imported.file)) continue;
			preload.add(imported.file);
			visit(imported);
		}
	};
	visit(entry);
	return { file: entry.file, preload: [...preload] };
}

/** The build's manifests, each read once per prerender (every explorer and embed page asks). */
const manifests = new Map<string, Record<string, ManifestChunk>>();

export function pageEntry(name: EntryName, dev: boolean): EntryFiles {
	if (dev) return { file: ENTRIES[name], preload: [] };
	const path = OWN_BUNDLE.includes(name) ? OWN_MANIFEST : MANIFEST;
	if (!manifests.has(path)) manifests.set(path, JSON.parse(readFileSync(path, 'utf8')));
	return entryFiles(manifests.get(path)!, ENTRIES[name]);
}
