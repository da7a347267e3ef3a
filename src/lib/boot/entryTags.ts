import type { EntryFiles } from '$lib/server/entries';

/**
 * The `<head>` tags that load a page's entry script: a modulepreload link for each chunk it
 * imports (fetched at once, not one after the other) and the module script. The paths are our
 * build's own hashed file names, never anything from the URL.
 */
export function entryTags(assets: string, entry: EntryFiles): string {
	return [
		...entry.preload.map((file) => `<link rel="modulepreload" href="${assets}/${file}">`),
		`<script type="module" src="${assets}/${entry.file}"></` + 'script>'
	].join('');
}
