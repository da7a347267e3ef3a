import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vite';
import { readDataFiles } from './src/lib/data/readDataFiles.ts';
import { formatErrors, validateDataset } from './src/lib/data/validate.ts';

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

export default defineConfig({
	plugins: [validateData(), sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				// Fewer, larger files: the framework in one, our shared code in another. Every
				// request costs a round trip on a phone (562 ms in the bench's mobile profile).
				advancedChunks: {
					groups: [
						{ name: 'framework', test: /node_modules/ },
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
