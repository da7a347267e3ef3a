import { test as base, expect, type Page } from '@playwright/test';

/**
 * The test fixture every end-to-end test uses: it records every request the page makes, and
 * fails the test if one leaves the site's origin or the page throws or logs an error. Both run
 * for every test (auto), whether or not the test reads them.
 */
export const test = base.extend<{ requests: string[]; errors: string[] }>({
	requests: [
		async ({ page, baseURL }, use) => {
			const requests: string[] = [];
			page.on('request', (request) => requests.push(request.url()));
			await use(requests);
			// The site and the tests' own host pages (another port) are on this machine; anything
			// else is a third party.
			const local = new Set([new URL(baseURL!).hostname, '127.0.0.1', 'localhost']);
			const foreign = requests.filter(
				(url) => !url.startsWith('data:') && !url.startsWith('blob:') && !local.has(new URL(url).hostname)
			);
			expect(foreign, 'requests that left this machine').toEqual([]);
		},
		{ auto: true }
	],
	errors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			await use(errors);
			expect(errors, 'errors in the page').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Waits until the page has hydrated (the map frame reacts to JavaScript). */
export async function hydrated(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** The number of marker groups of a kind on the map. */
export function markers(page: Page, kind: 'site' | 'action') {
	return page.locator(`svg.markers g.marker.${kind}`);
}
