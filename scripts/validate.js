// `npm run validate`: checks data/ alone, fast, with the same messages the build gives.
// Vite's module runner loads the TypeScript validator, so there is one validator, not two.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { runnerImport } from 'vite';

// The TypeScript is read with the project's tsconfig, which extends SvelteKit's generated one.
if (!existsSync('.svelte-kit/tsconfig.json')) {
	const sync = spawnSync(process.execPath, ['node_modules/@sveltejs/kit/svelte-kit.js', 'sync'], { stdio: 'inherit' });
	if (sync.status !== 0) {
		console.error('Cannot prepare .svelte-kit/ for the validator: run `npx svelte-kit sync`, then try again.');
		process.exit(1);
	}
}

const { module: validate } = await runnerImport('/src/lib/data/validate.ts', { configFile: false, logLevel: 'error' });
const { module: files } = await runnerImport('/src/lib/data/readDataFiles.ts', {
	configFile: false,
	logLevel: 'error'
});
const folder = process.argv[2] ?? 'data';
let texts;
try {
	texts = files.readDataFiles(folder);
} catch (error) {
	console.error(`Cannot read the data files in ${folder}/: ${error.message}`);
	process.exit(1);
}
const result = validate.validateDataset(texts);
if (!result.ok) {
	console.error(validate.formatErrors(result.errors));
	process.exit(1);
}
const { dataset } = result;
console.log(
	`${folder}/ is valid: ${dataset.providers.length} providers, ${dataset.jurisdictions.length} jurisdictions, ` +
		`${dataset.sites.length} sites, ${dataset.actions.length} actions, ${dataset.flows.length} flows.`
);
