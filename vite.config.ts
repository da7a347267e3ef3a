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
	plugins: [validateData(), sveltekit()]
});
