import AxeBuilder from '@axe-core/playwright';
import { test, expect, hydrated } from './fixtures';

// The light English pages are audited beside their own tests; here the same routes in French,
// in a reader's dark theme (the present pages are audited in both in present.test.ts).
test.use({ colorScheme: 'dark' });

for (const path of [
	'/fr/',
	'/fr/?date=2020-07-17&selected=eu-us',
	'/fr/events/us-clean-cloud/',
	'/fr/embed/',
	'/fr/data/'
]) {
	test(`axe finds no violations on ${path} in the dark theme`, async ({ page }) => {
		test.slow(path.includes('/data/'));
		await page.goto(path);
		await hydrated(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}
