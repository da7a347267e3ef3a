import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vite';
import { readDataFiles } from './src/lib/data/readDataFiles.ts';
import { formatErrors, validateDataset } from './src/lib/data/validate.ts';
import { EMBED_ENTRY } from './src/lib/server/embedEntry.ts';

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
 * The embed's entry (src/lib/embed/client.ts) as one more input of SvelteKit's client build: the
 * embed page hydrates with Svelte alone (see that file), and its page finds the file in the
 * build's manifest (src/lib/server/embedEntry.ts).
 */
function embedEntry(): Plugin {
	let ssr = false;
	return {
		name: 'data-borders:embed-entry',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		options(options) {
			const { input } = options;
			if (ssr || typeof input !== 'object' || input === null || Array.isArray(input)) return null;
			return { ...options, input: { ...input, 'entry/embed': EMBED_ENTRY } };
		}
	};
}

export default defineConfig({
	plugins: [validateData(), sveltekit(), embedEntry()],
	build: {
		rolldownOptions: {
			output: {
				// Fewer, larger files: the framework in one, our shared code in another. Every
				// request costs a round trip on a phone (562 ms in the bench's mobile profile).
				advancedChunks: {
					groups: [
						// Svelte and d3 in one file, SvelteKit's client router in another: the embed loads
						// Svelte, not the router. A group takes its modules' dependencies with it, so the
						// framework is chosen first (priority), or the router's group would take Svelte.
						{ name: 'framework', test: /node_modules[\\/](?!@sveltejs[\\/]kit[\\/]|devalue[\\/])/, priority: 1 },
						{ name: 'kit', test: /node_modules/ },
						// Only code shared by several pages: the rest stays with its page. The slides'
						// own code goes with them (next group), not to every page.
						{
							name: 'app',
							test: /src[\\/]lib[\\/](?!present[\\/]|state[\\/]presentation)/,
							minShareCount: 2
						},
						{ name: 'present', test: /src[\\/]lib[\\/](present[\\/]|state[\\/]presentation)/ }
					]
				}
			}
		}
	}
});
