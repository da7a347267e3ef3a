import { test, expect, hydrated } from './fixtures';

test('the theme toggle switches to dark, is remembered across pages, and a link’s theme wins', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page).toHaveURL(/theme=dark/);
	const paper = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	expect(paper).toBe('rgb(20, 24, 29)');

	// Another page remembers it.
	await page.goto('/data/');
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.goto('/');
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

	// A shared link's theme wins over the remembered one.
	await page.goto('/?theme=light');
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

	// Switching back to light on an event page is remembered too.
	await page.goto('/events/us-cloud-act/');
	await hydrated(page);
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await page.goto('/data/');
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test.describe('a reader whose system is dark', () => {
	test.use({ colorScheme: 'dark' });
	test('gets the dark theme with no choice made, and the toggle says so', async ({ page }) => {
		await page.goto('/fr/');
		await hydrated(page);
		await expect(page.getByRole('button', { name: 'Thème sombre' })).toHaveAttribute('aria-pressed', 'true');
		const paper = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(paper).toBe('rgb(20, 24, 29)');
	});
});
