import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'tests/data/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['src/lib/i18n/testSetup.ts'],
		expect: { requireAssertions: true },
		env: { TZ: 'UTC' }
	}
});
