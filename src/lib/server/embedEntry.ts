/**
 * Where the embed's entry script and the chunks it imports were written by the client build,
 * read from Vite's manifest when the embed page is prerendered (the client build has finished
 * by then). In development Vite serves the source file itself.
 */
import { readFileSync } from 'node:fs';

export const EMBED_ENTRY = 'src/lib/embed/client.ts';
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

interface ManifestChunk {
	file: string;
	imports?: string[];
}

/** The entry's file and every chunk it imports statically (for modulepreload), paths from the root. */
export function entryFiles(
	manifest: Record<string, ManifestChunk>,
	key = EMBED_ENTRY
): { file: string; preload: string[] } {
	const entry = manifest[key];
	if (!entry)
		throw new Error(`${key} is not in the client build's manifest: is the embed-entry plugin in vite.config.ts?`);
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

export function embedEntry(dev: boolean): { file: string; preload: string[] } {
	if (dev) return { file: EMBED_ENTRY, preload: [] };
	return entryFiles(JSON.parse(readFileSync(MANIFEST, 'utf8')));
}
