import { test as base, expect, type Page } from '@playwright/test';

/**
 * The test fixture every end-to-end test uses: it records every request the page makes, and
 * fails the test if one leaves the site's origin or the page throws.
 */
export const test = base.extend<{ requests: string[]; errors: string[] }>({
	requests: async ({ page, baseURL }, use) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await use(requests);
		const origin = new URL(baseURL!).origin;
		const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
		expect(foreign, 'requests that left the origin').toEqual([]);
	},
	errors: async ({ page }, use) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await use(errors);
		expect(errors, 'errors in the page').toEqual([]);
	}
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
