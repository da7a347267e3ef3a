/** The sentence above the map says what the map shows, in every state (issue #20, item 1). */
import { test, expect, hydrated } from './fixtures';

const headline = (page: import('@playwright/test').Page) => page.locator('#map-summary');

test('names each layer shown, flows by status and reach by places, in both languages', async ({ page }) => {
	await page.goto('/?date=2020-08-05');
	await hydrated(page);
	await expect(headline(page)).toHaveText(
		/^5 August 2020: \d+ data centres open in \d+ countries; \d+ actions taken so far; \d+ data flows: \d+ [a-z ]+(, \d+ [a-z ]+)*\.\s*$/
	);
	await page.goto('/?date=2020-08-05&layers=flows');
	await hydrated(page);
	await expect(headline(page)).toHaveText(/^5 August 2020: \d+ data flows: .*no framework.*\.\s*$/);
	await expect(headline(page)).not.toContainText('data centres');
	await page.goto('/?date=2020-08-05&layers=reach');
	await hydrated(page);
	await expect(headline(page)).toHaveText(/^5 August 2020: \d+ places within a foreign government’s legal reach\.\s*$/);
	await page.goto('/fr/?date=2020-08-05&layers=flows');
	await hydrated(page);
	await expect(headline(page)).toHaveText(/^5 août 2020\u202f: \d+ flux de données\u202f: .*sans cadre.*\.\s*$/);
});

test('says when filters narrow it, explains an empty result, and clears the filters in one press', async ({ page }) => {
	await page.goto('/?date=2021-06-01&provider=aws');
	await hydrated(page);
	await expect(headline(page)).toContainText('1 June 2021, filtered: ');
	await page.goto('/?date=2016-01-01&provider=bleu&layers=sites');
	await hydrated(page);
	await expect(headline(page)).toHaveText(
		/^1 January 2016, filtered: nothing shown matches the filters\.\s*Clear the filters$/
	);
	await headline(page).getByRole('button', { name: 'Clear the filters' }).click();
	await expect(page).not.toHaveURL(/provider=/);
	await expect(headline(page)).toHaveText(/^1 January 2016: \d+ data centres open in \d+ countries\.\s*$/);
	await page.goto('/fr/?date=2016-01-01&provider=bleu&layers=sites');
	await hydrated(page);
	await expect(headline(page)).toContainText(
		'1er janvier 2016, filtré\u202f: rien de ce qui est affiché ne correspond aux filtres.'
	);
});

test('in compare mode describes the change between the two dates', async ({ page }) => {
	await page.goto('/?from=2020-03-01&to=2022-01-18');
	await hydrated(page);
	await expect(headline(page)).toHaveText(
		/^1 March 2020 → 18 January 2022: \+\d+ data centres(; −\d+ closed)?; \+\d+ actions; \d+ flows? changed legal ground\.\s*$/
	);
});
