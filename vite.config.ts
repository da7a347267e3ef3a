import { sveltekit } from '@sveltejs/kit/vite';
import { build, defineConfig, type Plugin, type Rolldown } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readDataFiles } from './src/lib/data/readDataFiles.ts';
import { formatErrors, validateDataset } from './src/lib/data/validate.ts';
import { ENTRIES, OWN_BUNDLE, OWN_MANIFEST, type EntryName } from './src/lib/server/entries.ts';

type RolldownOutput = Rolldown.RolldownOutput;

/**
 * Stops the build before any page renders when data/ is invalid, with every error listed: a
 * build prints the list alone and exits (the messages say all; a stack trace would bury them),
 * the dev server shows it as an error overlay and keeps running.
 */
function validateData(): Plugin {
	let building = false;
	return {
		name: 'data-borders:validate-data',
		config(_, { command }) {
			building = command === 'build';
		},
		buildStart() {
			const result = validateDataset(readDataFiles('data'));
			if (result.ok) return;
			if (!building) return this.error(formatErrors(result.errors));
			console.error(formatErrors(result.errors));
			process.exit(1);
		}
	};
}

/**
 * The entries of the pages that boot without SvelteKit's client (src/lib/boot/: the explorer and
 * the embed). The explorer's is one more input of SvelteKit's client build; each entry of
 * OWN_BUNDLE (the embed's) is built on its own during that build, with the same Svelte options,
 * into one file holding only what it runs (plus what it loads on demand), added to the build's
 * output; its manifest goes to OWN_MANIFEST. Each page finds its files in its manifest
 * (src/lib/server/entries.ts). Why the embed has a build of its own: docs/decisions.md.
 */
function pageEntries(): Plugin {
	let ssr = false;
	let root = process.cwd();
	return {
		name: 'data-borders:page-entries',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
			root = config.root;
		},
		options(options) {
			const { input } = options;
			if (ssr || typeof input !== 'object' || input === null || Array.isArray(input)) return null;
			const entries = Object.entries(ENTRIES)
				.filter(([name]) => !OWN_BUNDLE.includes(name as EntryName))
				.map(([name, file]) => [`entry/${name}`, file]);
			return { ...options, input: { ...input, ...Object.fromEntries(entries) } };
		},
		async generateBundle() {
			if (ssr) return;
			const manifest: Record<string, unknown> = {};
			for (const name of OWN_BUNDLE) {
				const result = await build({
					configFile: false,
					root,
					base: './',
					logLevel: 'warn',
					plugins: [svelte(), compileHints()],
					define: { __SITE_URL__: JSON.stringify(process.env.SITE_URL ?? '') },
					resolve: { alias: { $lib: path.join(root, 'src/lib') } },
					build: {
						write: false,
						manifest: true,
						modulePreload: false,
						rolldownOptions: {
							input: { [name]: ENTRIES[name] },
							output: {
								entryFileNames: `_app/immutable/entry/${name}.[hash].js`,
								chunkFileNames: `_app/immutable/chunks/${name}-[name].[hash].js`,
								assetFileNames: `_app/immutable/assets/${name}-[name].[hash][extname]`
							}
						}
					}
				});
				const files = ((Array.isArray(result) ? result : [result]) as RolldownOutput[]).flatMap((o) => o.output);
				// The page's own styles are inlined by SvelteKit; a file's styles loaded on demand stay.
				const pageStyles = new Set(
					files.flatMap((f) => (f.type === 'chunk' && f.isEntry ? [...(f.viteMetadata?.importedCss ?? [])] : []))
				);
				for (const file of files) {
					if (file.fileName.endsWith('manifest.json') && file.type === 'asset')
						Object.assign(manifest, JSON.parse(String(file.source)));
					else if (file.type === 'chunk') this.emitFile({ type: 'asset', fileName: file.fileName, source: file.code });
					else if (!pageStyles.has(file.fileName))
						this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
				}
			}
			mkdirSync(path.dirname(OWN_MANIFEST), { recursive: true });
			writeFileSync(OWN_MANIFEST, JSON.stringify(manifest));
		}
	};
}

/**
 * Heads every script of the client build with V8's compile hint: the browser compiles all its
 * functions as it streams the file in, off the main thread, instead of each on its first call,
 * during hydration, on the main thread (all of a map page's script runs at load; see
 * docs/decisions.md). Written last, above what Vite itself puts at a file's head.
 */
function compileHints(): Plugin {
	let ssr = false;
	return {
		name: 'data-borders:compile-hints',
		apply: 'build',
		enforce: 'post',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				if (ssr) return;
				for (const file of Object.values(bundle))
					if (file.type === 'chunk') file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
			}
		}
	};
}

/**
 * The site's public origin (SITE_URL) for the pages: absolute addresses (link previews, oEmbed,
 * printed permalinks) are written only when it is set. A build without it says once what it
 * left out, rather than point those addresses at a local server.
 */
function siteUrl(): Plugin {
	const value = process.env.SITE_URL ?? '';
	return {
		name: 'data-borders:site-url',
		config(_, { command, isSsrBuild }) {
			// SvelteKit loads this config again for the server build and its prerender workers
			// (which inherit the environment): the variable makes the warning print once a build.
			if (command === 'build' && !value && !isSsrBuild && !process.env.DATA_BORDERS_SITE_URL_WARNED) {
				process.env.DATA_BORDERS_SITE_URL_WARNED = '1';
				console.warn(
					'SITE_URL is not set: the build leaves out the link-preview images (og:image, twitter:image), the oEmbed documents and their links, and prints relative permalinks on the handouts. Set SITE_URL=https://your.site to include them.'
				);
			}
			return { define: { __SITE_URL__: JSON.stringify(value) } };
		}
	};
}

export default defineConfig({
	plugins: [validateData(), siteUrl(), sveltekit(), pageEntries(), compileHints()],
	build: {
		rolldownOptions: {
			output: {
				// Few, large files, each holding what the pages that load it share: every request
				// costs a round trip on a phone (docs/decisions.md).
				codeSplitting: {
					groups: [
						// Svelte and d3 in one file, SvelteKit's client router in another: the explorer and
						// the embed load Svelte, not the router. A group takes its modules' dependencies
						// with it, so the framework is chosen first (priority), or the router's would take Svelte.
						// The schema library goes with the story builder, the one page that validates.
						{
							name: 'framework',
							test: /node_modules[\\/](?!@sveltejs[\\/]kit[\\/]|devalue[\\/]|valibot[\\/])/,
							priority: 1
						},
						{ name: 'kit', test: /node_modules[\\/](?!valibot[\\/])/ },
						// The map view and what it stands on, which every page with a map runs (the embed
						// runs nothing else of ours). Not the explorer's own controls, the site's chrome,
						// the data page's tables, a record's facts and links (shown once something is
						// selected), the map's labels (once wanted), the exports and the image colours, the
						// embed's messages (its builder's), the slides and the story builder, the other pages'
						// theme switch or the server-only boot tags: they go with their pages. (SvelteKit's
						// client build still holds the explorer and embed routes' pages, which never load
						// since those pages boot with their own entries; a group counting the pages that
						// share a module would count them, so the group is drawn by path.)
						{
							name: 'map',
							test: /src[\\/]lib[\\/](?!present[\\/]|state[\\/]presentation|components[\\/](explorer|chrome|data|snapshot|present)[\\/]|data[\\/](csv|viewExport|exportColumns|datasetInfo|sortRows|filterRows|downloads|citation|validate|schema|parseJson)\.|state[\\/]storyDraft|components[\\/]panel[\\/](ActionFacts|SourceList)\.|components[\\/]map[\\/](MapLabels|mapLabels)\.|geo[\\/]labels\.|embed[\\/]protocol\.|theme[\\/]tokens\.|url[\\/]recordLinks\.|state[\\/]pageTheme\.|boot[\\/](BootTags|entryTags)\.)/,
							minShareCount: 2
						},
						// The site's header and footer, on every page but the embed.
						{ name: 'chrome', test: /src[\\/]lib[\\/]components[\\/]chrome[\\/]/ },
						{ name: 'present', test: /src[\\/]lib[\\/](present[\\/]|state[\\/]presentation)/ }
					]
				}
			}
		}
	}
});
