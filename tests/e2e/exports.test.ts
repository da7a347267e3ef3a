import { readFile } from 'node:fs/promises';
import { test, expect, hydrated } from './fixtures';

test('the view downloads as PNG, SVG, CSV and JSON, matching what is on screen', async ({ page }) => {
	await page.goto('/?date=2020-08-05&selected=us-clean-cloud&provider=alibaba-cloud');
	await hydrated(page);
	const fetchDownload = async (name: string) => {
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
		return { name: download.suggestedFilename(), body: await readFile((await download.path())!) };
	};

	const png = await fetchDownload('Download this view as a PNG image');
	expect(png.name).toBe('data-borders-2020-08-05-us-clean-cloud.png');
	expect(png.body.readUInt32BE(0)).toBe(0x89504e47);
	expect([png.body.readUInt32BE(16), png.body.readUInt32BE(20)]).toEqual([2400, 1260]);

	const svg = (await fetchDownload('Download this view as an SVG image')).body.toString();
	expect(svg).toContain('<title>');
	expect(svg).toContain('Clean Cloud');
	expect(svg).toContain('5 August 2020');
	expect(svg).toMatch(/data-c="US"/);

	const sitesOnScreen = await page.locator('.visible ul').first().locator('li').count();
	const actionsOnScreen = await page.locator('.visible ul').nth(1).locator('li').count();
	const csv = (await fetchDownload('Download the data of this view as CSV')).body.toString().trim().split('\r\n');
	expect(csv[0]).toBe('type,id,name,date,provider_or_jurisdiction,place,status,verified');
	expect(csv.filter((line) => line.startsWith('site,')).length).toBe(sitesOnScreen);
	expect(csv.filter((line) => line.startsWith('action,')).length).toBe(actionsOnScreen);
	expect(csv.filter((line) => line.startsWith('site,')).every((line) => line.includes('Alibaba Cloud'))).toBe(true);

	const json = JSON.parse((await fetchDownload('Download the data of this view as JSON')).body.toString());
	expect(json.date).toBe('2020-08-05');
	expect(json.view).toContain('provider=alibaba-cloud');
	expect(json.sites).toHaveLength(sitesOnScreen);
	await expect(page.getByText('Download ready')).toBeVisible();
});
