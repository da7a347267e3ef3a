import { readFile } from 'node:fs/promises';
import { csvParseRows } from 'd3-dsv';
import { test, expect, hydrated } from './fixtures';

/** The legend entries of a snapshot SVG. */
const legendOf = (svg: string) => new Set([...svg.matchAll(/data-legend="([^"]+)"/g)].map((m) => m[1]));
/** What a snapshot SVG draws: its marks' own keys, and the shaded jurisdiction. */
function drawnIn(svg: string): Set<string> {
	const keys = [...svg.matchAll(/data-drawn="([^"]+)"/g)].flatMap((m) => m[1].split(' '));
	if (/class="[^"]*\bhl2?\b/.test(svg)) keys.push('shaded');
	return new Set(keys);
}

test('the view downloads as PNG, SVG, CSV and JSON, matching what is on screen', async ({ page }) => {
	await page.goto('/?date=2020-08-05&selected=us-clean-cloud&provider=alibaba-cloud');
	await hydrated(page);
	const fetchDownload = async (name: string) => {
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
		return { name: download.suggestedFilename(), body: await readFile((await download.path())!) };
	};

	// For an article: 1,200 px wide at twice the density, as tall as the map needs.
	const png = await fetchDownload('Download this view as a PNG image');
	expect(png.name).toBe('data-borders-2020-08-05-us-clean-cloud.png');
	expect(png.body.readUInt32BE(0)).toBe(0x89504e47);
	expect(png.body.readUInt32BE(16)).toBe(2400);
	expect(png.body.readUInt32BE(20)).toBeGreaterThan(1400);
	const card = await fetchDownload('Download this view as a social-media card');
	expect(card.name).toBe('data-borders-2020-08-05-us-clean-cloud.card.png');
	expect([card.body.readUInt32BE(16), card.body.readUInt32BE(20)]).toEqual([1200, 630]);

	const svg = (await fetchDownload('Download this view as an SVG image')).body.toString();
	expect(svg).toContain('<title>');
	expect(svg).toContain('Clean Cloud');
	expect(svg).toContain('5 August 2020');
	expect(svg).toMatch(/data-c="US"/);
	// It says what it is: the dataset's version and the view's own address.
	expect(svg).toMatch(/dataset \d+\.\d+\.\d+, as of/);
	expect(svg).toContain('?date=2020-08-05&amp;selected=us-clean-cloud&amp;provider=alibaba-cloud');
	expect(legendOf(svg)).toEqual(drawnIn(svg));

	const sitesOnScreen = await page.locator('.visible ul').first().locator('li').count();
	const actionsOnScreen = await page.locator('.visible ul').nth(1).locator('li').count();
	// Read by a real CSV parser, after its byte-order mark.
	const text = (await fetchDownload('Download the data of this view as CSV')).body.toString('utf8');
	expect(text.startsWith('\ufeff')).toBe(true);
	const [header, ...rows] = csvParseRows(text.slice(1));
	const col = (name: string) => header.indexOf(name);
	expect(header).toEqual(
		expect.arrayContaining([
			'record_type',
			'provider',
			'operator',
			'jurisdiction',
			'opened',
			'taken',
			'in_force_since',
			'evidence',
			'source_urls',
			'source_titles',
			'source_publishers',
			'permalink'
		])
	);
	expect(rows.every((row) => row.length === header.length)).toBe(true);
	const [about, ...records] = rows;
	expect(about[col('record_type')]).toBe('view');
	expect(about[col('name')]).toMatch(/dataset \d+\.\d+\.\d+ as of \d{4}-\d{2}-\d{2}; CC BY 4\.0/);
	expect(about[col('permalink')]).toMatch(
		/^http:\/\/[^/]+\/\?date=2020-08-05&selected=us-clean-cloud&provider=alibaba-cloud$/
	);
	const ofType = (type: string) => records.filter((row) => row[col('record_type')] === type);
	expect(ofType('site')).toHaveLength(sitesOnScreen);
	expect(ofType('action')).toHaveLength(actionsOnScreen);
	expect(ofType('site').every((row) => row[col('provider')].startsWith('Alibaba Cloud') && row[col('opened')])).toBe(
		true
	);
	const clean = ofType('action').find((row) => row[col('id')] === 'us-clean-cloud')!;
	expect(clean[col('taken')]).toBe('2020-08-05');
	expect(clean[col('jurisdiction')]).toBe('United States');
	expect(clean[col('permalink')]).toMatch(/\/events\/us-clean-cloud\/$/);
	// Every record with its evidence and every source: as many titles and publishers as links.
	for (const row of records) {
		const urls = row[col('source_urls')].split(' | ');
		expect(urls.length, row[col('id')]).toBeGreaterThan(0);
		expect(
			urls.every((u) => /^https?:\/\//.test(u)),
			row[col('id')]
		).toBe(true);
		expect(row[col('source_titles')].split(' | ')).toHaveLength(urls.length);
		expect(['verified', 'partial', 'unverified']).toContain(row[col('evidence')]);
	}
	// No cell a spreadsheet would run as a formula.
	expect(rows.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);

	const json = JSON.parse((await fetchDownload('Download the data of this view as JSON')).body.toString());
	expect(json.about.date).toBe('2020-08-05');
	expect(json.about.view).toContain('provider=alibaba-cloud');
	expect(json.about.dataset.version).toMatch(/^\d+\.\d+\.\d+$/);
	expect(Object.keys(json.about.cite)).toEqual(['apa', 'chicago', 'bibtex']);
	expect(json.sites).toHaveLength(sitesOnScreen);
	expect(json.sites[0].sources.length).toBeGreaterThan(0);
	await expect(page.getByText('Download ready')).toBeVisible();
});

test('every image lists in its legend exactly what it draws: every provider, kind, age and status', async ({
	request
}) => {
	const views = [
		// The Clean Cloud warning: its own kind must be in the key.
		['/snapshots/en/us-clean-cloud.svg', 'kind:warning'],
		['/snapshots/fr/cjeu-schrems-ii.svg', 'kind:ruling'],
		['/snapshots/en/default.svg', 'provider:oracle-cloud'],
		// A "what changed" slide's handout map: the flows whose legal ground changed are keyed.
		['/snapshots/en/print-europe-data-in-limbo-12.svg', 'changed']
	] as const;
	for (const [path, expected] of views) {
		const svg = await (await request.get(path)).text();
		const legend = legendOf(svg);
		expect(legend, path).toEqual(drawnIn(svg));
		expect(legend.has(expected), path).toBe(true);
		expect(legend.size, path).toBeGreaterThan(8);
		// An image for an article says its dataset's version; a handout's map has no footer (its page has the words).
		if (!path.includes('/print-')) expect(svg, path).toMatch(/(dataset|jeu de données) \d+\.\d+\.\d+/);
	}
});

test('Cite this view gives the reviewed references of a fixed view, copyable, and an embed’s credit leads there', async ({
	page
}) => {
	await page.goto('/?date=2020-08-05&selected=us-clean-cloud');
	await hydrated(page);
	await page.getByRole('button', { name: 'Cite this view' }).click();
	const dialog = page.getByRole('dialog', { name: 'Cite this view' });
	const url = new URL('/?date=2020-08-05&selected=us-clean-cloud', page.url()).href;
	await expect(dialog.locator('pre').first()).toHaveText(
		new RegExp(
			`^Data Borders contributors\\. \\(\\d{4}\\)\\. Data Borders: Where the cloud’s data lives, and which governments can reach it \\(Version \\d+\\.\\d+\\.\\d+; view of 5 August 2020\\) \\[Data set\\]\\. ${url.replace(/[.?]/g, '\\$&')}$`
		)
	);
	await expect(dialog.locator('pre').nth(2)).toContainText('@misc{databorders');
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await dialog.getByRole('button', { name: 'Copy the BibTeX reference' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Reference copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('@misc{databorders');

	await page.goto('/embed/?date=2020-08-05');
	const cite = page.getByRole('link', { name: 'Cite this view' });
	await expect(cite).toHaveAttribute('href', /\/\?date=2020-08-05#cite$/);
	await page.goto((await cite.getAttribute('href'))!);
	await expect(page.getByRole('dialog', { name: 'Cite this view' })).toBeVisible();
});
