import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vite';
import { readDataFiles } from './src/lib/data/readDataFiles.ts';
import { formatErrors, validateDataset } from './src/lib/data/validate.ts';
import { ENTRIES } from './src/lib/server/entries.ts';

/** Stops the build before any page renders when data/ is invalid, with every error listed. */
function validateData(): Plugin {
	return {
		name: 'data-borders:validate-data',
		buildStart() {
			const result = validateDataset(readDataFiles('data'));
			if (!result.ok) this.error(formatErrors(result.errors));
		}
	};
}

/**
 * The entries of the pages that boot without SvelteKit's client (src/lib/boot/: the explorer and
 * the embed) as more inputs of SvelteKit's client build; each page finds its file in the build's
 * manifest (src/lib/server/entries.ts).
 */
function pageEntries(): Plugin {
	let ssr = false;
	return {
		name: 'data-borders:page-entries',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		options(options) {
			const { input } = options;
			if (ssr || typeof input !== 'object' || input === null || Array.isArray(input)) return null;
			const entries = Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [`entry/${name}`, file]));
			return { ...options, input: { ...input, ...entries } };
		}
	};
}

/**
 * Heads every script of the client build with V8's compile hint: the browser compiles all its
 * functions as it streams the file in, off the main thread, instead of each on its first call,
 * during hydration, on the main thread. Alternating cold loads, mobile profile, 9 each: blocking
 * time of / 180 → 109 ms, of the embed 184 → 125. All of a map page's script runs at load; the
 * comment costs 29 bytes a file. Written last, above what Vite itself puts at a file's head.
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

export default defineConfig({
	plugins: [validateData(), sveltekit(), pageEntries(), compileHints()],
	build: {
		rolldownOptions: {
			output: {
				// Few, large files, each holding what the pages that load it share. Every request
				// costs a round trip on a phone (562 ms in the bench's mobile profile).
				advancedChunks: {
					groups: [
						// Svelte and d3 in one file, SvelteKit's client router in another: the explorer and
						// the embed load Svelte, not the router. A group takes its modules' dependencies
						// with it, so the framework is chosen first (priority), or the router's would take Svelte.
						{ name: 'framework', test: /node_modules[\\/](?!@sveltejs[\\/]kit[\\/]|devalue[\\/])/, priority: 1 },
						{ name: 'kit', test: /node_modules/ },
						// The map view and what it stands on, which every page with a map runs (the embed
						// runs nothing else of ours). Not the explorer's own controls, the site's chrome,
						// the data page's tables, the slides or the server-only boot tags: they go with
						// their pages. (SvelteKit's
						// client build still holds the explorer and embed routes' pages, which never load
						// since those pages boot with their own entries; a group counting the pages that
						// share a module would count them, so the group is drawn by path.)
						{
							name: 'map',
							test: /src[\\/]lib[\\/](?!present[\\/]|state[\\/]presentation|components[\\/](explorer|chrome|data|snapshot)[\\/]|data[\\/](csv|viewExport|exportColumns|datasetInfo|sortRows|filterRows|downloads)\.|embed[\\/]snippet\.|boot[\\/](BootTags|entryTags)\.)/,
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
