import { defineConfig } from 'vitest/config';
import { sveltekit } from '@sveltejs/kit/vite';

export default defineConfig({
	// Compiles `.svelte.ts` modules (the runes) for the browser, whose runtime tracks signals
	// outside a component; Node runs them as it runs everything else here.
	plugins: [sveltekit()],
	resolve: { conditions: ['browser'] },
	// As a build with SITE_URL set (src/lib/siteUrl.ts); siteUrl.test.ts covers the unset case.
	define: { __SITE_URL__: JSON.stringify('https://data-borders.example') },
	test: {
		include: ['src/**/*.test.ts', 'tests/data/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['src/lib/i18n/testSetup.ts'],
		expect: { requireAssertions: true },
		env: { TZ: 'UTC' }
	}
});
