import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } }
	},
	{
		rules: {
			// Data text never reaches {@html}; the one use is the basemap slot (see basemapSlot.ts).
			'svelte/no-at-html-tags': 'error',
			// Lookups built once from immutable data are deliberately not reactive (STYLE.md: large
			// immutable data is never deep-reactive).
			'svelte/prefer-svelte-reactivity': 'off',
			// Links are built from `base` with relative paths (paths.relative), for sub-path hosting.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'bench/.work/']
	}
);
