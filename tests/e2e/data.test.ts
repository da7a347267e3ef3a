import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';
import { DATASET_VERSION } from '../../src/lib/data/datasetInfo';

const read = (file: string) => JSON.parse(readFileSync(`data/${file}.json`, 'utf8')) as { id?: string }[];
const DATA = {
	providers: read('providers'),
	operators: read('operators'),
	jurisdictions: read('jurisdictions'),
	sites: read('sites'),
	actions: read('actions'),
	flows: read('flows') as { id: string; periods: unknown[] }[]
};

/** An RFC 4180 reader, enough to check what the site writes. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	const endCell = () => {
		row.push(cell);
		cell = '';
	};
	const endRow = () => {
		endCell();
		rows.push(row);
		row = [];
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') endCell();
		else if (c === '\r' && text[i + 1] === '\n') {
			endRow();
			i++;
		} else cell += c;
	}
	if (cell !== '' || row.length) endRow();
	return rows;
}

const rowKeys = (table: Locator) =>
	table.locator('tbody tr[data-key]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')!));

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every record is in the tables, linked to its sources and the map', async ({ page }) => {
		await page.goto('/data/');
		await expect(page.locator('h1')).toHaveText('The data');
		await expect(page.locator('#sites tbody tr')).toHaveCount(DATA.sites.length);
		await expect(page.locator('#actions tbody tr')).toHaveCount(DATA.actions.length);
		await expect(page.locator('#flows tbody tr')).toHaveCount(DATA.flows.length);
		const first = page.locator('#actions tbody tr').first();
		expect(await first.locator('.sources a').count()).toBeGreaterThan(0);
		await expect(first.getByRole('link', { name: /^On the map/ })).toHaveAttribute('href', /\?date=[0-9-]+&selected=/);
		await expect(first.locator('a[href*="events/"]')).toHaveCount(1);
		await expect(page.locator('#sites th[aria-sort="ascending"]')).toHaveText(/Opened/);
		await expect(page.locator('#method')).toContainText('Partly verified');
		await expect(page.locator('#licence')).toContainText('CC BY 4.0');
		await expect(page.locator('#changelog')).toContainText(DATASET_VERSION);
	});
});

test('the downloads exist and parse', async ({ page, request }) => {
	await page.goto('/data/');
	const links = await page
		.locator('#downloads a[download]')
		.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	expect(links).toEqual(expect.arrayContaining(['/data/download/dataset.json', '/data/download/sites.csv']));
	for (const path of links) expect((await request.get(path)).status(), path).toBe(200);

	const dataset = await (await request.get('/data/download/dataset.json')).json();
	expect(dataset.version).toBe(DATASET_VERSION);
	for (const [file, records] of Object.entries(DATA)) {
		expect(dataset[file]).toEqual(records);
		expect(await (await request.get(`/data/download/${file}.json`)).json()).toEqual(records);
	}
	const csv = async (file: string) => parseCsv(await (await request.get(`/data/download/${file}.csv`)).text());
	const sites = await csv('sites');
	expect(sites[0].slice(0, 4)).toEqual(['id', 'provider', 'operator', 'name']);
	expect(sites.slice(1).map((r) => r[0])).toEqual(DATA.sites.map((s) => s.id));
	const actions = await csv('actions');
	expect(actions.slice(1).map((r) => r[0])).toEqual(DATA.actions.map((a) => a.id));
	expect(new Set(actions.map((r) => r.length)).size).toBe(1);
	const flows = await csv('flows');
	expect(flows.length - 1).toBe(DATA.flows.reduce((n, f) => n + f.periods.length, 0));
	expect((await csv('providers')).length - 1).toBe(DATA.providers.length);
	expect((await csv('operators')).length - 1).toBe(DATA.operators.length);
});

test('a column sorts by keyboard, both ways', async ({ page }) => {
	await page.goto('/data/');
	await hydrated(page);
	const table = page.locator('#sites');
	const header = table.getByRole('columnheader', { name: /Name/ });
	await header.getByRole('button').focus();
	await page.keyboard.press('Enter');
	await expect(header).toHaveAttribute('aria-sort', 'ascending');
	await expect(table.locator('th[aria-sort]')).toHaveCount(1);
	const names = () =>
		table
			.locator('tbody th[scope="row"]')
			.evaluateAll((cells) => cells.map((c) => c.childNodes[0].textContent!.trim()));
	const ascending = await names();
	const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
	expect(ascending).toEqual([...ascending].sort(collator.compare));
	await page.keyboard.press(' ');
	await expect(header).toHaveAttribute('aria-sort', 'descending');
	expect(await names()).toEqual([...ascending].reverse());
});

test('filters by text and by select, and the download holds only the rows shown', async ({ page }) => {
	await page.goto('/data/');
	await hydrated(page);
	const table = page.locator('#sites');
	await table.getByLabel('Filter').focus();
	await page.keyboard.type('frankfurt');
	await expect(table.getByRole('status')).toHaveText(new RegExp(`^\\d+ of ${DATA.sites.length} shown$`));
	const keys = await rowKeys(table);
	expect(keys.length).toBeGreaterThan(1);
	expect(keys.length).toBeLessThan(DATA.sites.length);
	for (const row of await table.locator('tbody tr').allInnerTexts()) expect(row.toLowerCase()).toContain('frankfurt');

	await table.getByLabel('Provider').focus();
	await table.getByLabel('Provider').selectOption('aws');
	const awsKeys = await rowKeys(table);
	expect(awsKeys.length).toBeGreaterThan(0);
	expect(awsKeys.length).toBeLessThan(keys.length);
	expect(awsKeys.every((k) => k.startsWith('aws-'))).toBe(true);

	const [csvFile] = await Promise.all([
		page.waitForEvent('download'),
		table.getByRole('button', { name: 'CSV' }).click()
	]);
	expect(csvFile.suggestedFilename()).toBe('sites-filtered.csv');
	const csv = parseCsv(readFileSync((await csvFile.path())!, 'utf8'));
	expect(csv[0][0]).toBe('id');
	expect(csv.slice(1).map((r) => r[0])).toEqual(awsKeys);

	const [jsonFile] = await Promise.all([
		page.waitForEvent('download'),
		table.getByRole('button', { name: 'JSON' }).click()
	]);
	const json = JSON.parse(readFileSync((await jsonFile.path())!, 'utf8')) as { id: string }[];
	expect(json.map((r) => r.id)).toEqual(awsKeys);
	expect(json).toEqual(
		DATA.sites.filter((s) => awsKeys.includes(s.id!)).sort((a, b) => awsKeys.indexOf(a.id!) - awsKeys.indexOf(b.id!))
	);

	await table.getByRole('button', { name: 'Clear' }).click();
	await expect(table.getByRole('status')).toHaveText(`${DATA.sites.length} of ${DATA.sites.length} shown`);
});

test('the actions table filters by kind and links each action to its event page', async ({ page }) => {
	await page.goto('/fr/data/');
	await hydrated(page);
	const table = page.locator('#actions');
	await table.getByLabel('Type').selectOption('ruling');
	const keys = await rowKeys(table);
	expect(keys).toContain('cjeu-schrems-ii');
	expect(keys.length).toBeLessThan(DATA.actions.length);
	await table.locator('tr[data-key="cjeu-schrems-ii"] a[href*="events/"]').click();
	await expect(page).toHaveURL(/\/fr\/events\/cjeu-schrems-ii\/$/);
});

test('the data page fits a 360-pixel screen: the tables scroll inside their own box', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await page.goto('/data/');
	await hydrated(page);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	const scroll = page.locator('#sites .scroll');
	expect(await scroll.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});

for (const path of ['/data/', '/fr/data/']) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		// Three tables of every record make a large page: axe takes its time on a shared machine.
		test.slow();
		await page.goto(path);
		await hydrated(page);
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}
