import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';
import { PrintedPdf, mapShare } from './pdf';

test.use({ reducedMotion: 'reduce' });

/** The three views a teacher sets in the explorer, by the explorer's own addresses. */
const VIEWS = [
	'/?date=2015-03-31&region=united-states&selected=alibaba-us-west-1',
	'/?date=2020-08-05&selected=us-clean-cloud&kind=warning',
	'/?from=2015-03-01&to=2022-01-18&region=east-asia'
];

/** Fills the two language fields of a text (by its legend, in the n-th slide or the story). */
async function write(scope: ReturnType<Page['locator']>, legend: string, lang: 'EN' | 'FR', text: string) {
	const field = scope.getByRole('group', { name: legend, exact: true }).locator('label', { hasText: lang });
	await field.locator('input, textarea').fill(text);
}

async function buildThreeSlides(page: Page) {
	for (const [i, url] of VIEWS.entries()) {
		await page.goto(url);
		await hydrated(page);
		await page.getByRole('button', { name: 'Add this view as a slide' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Added as slide' })).toHaveText(
			`Added as slide ${i + 1} of your story draft.`
		);
	}
	await page.getByRole('link', { name: 'Open the story builder' }).click();
	await hydrated(page);
	await expect(page.getByRole('heading', { name: '3 slides' })).toBeVisible();
	// The first view's selection is on its map; none is off it.
	await expect(page.locator('li.slide .off-map')).toHaveCount(0);
	// The second view was filtered: its slide keeps the filter, and says so.
	await expect(page.locator('li.slide .shows').nth(1)).toContainText('Only: Official warning.');
	const story = page.locator('section.story');
	await write(story, 'Title', 'EN', 'Alibaba Cloud in America');
	await write(story, 'Summary', 'FR', 'Du premier centre aux États-Unis à l’enquête du Commerce.');
	const slides = page.locator('li.slide');
	for (let i = 0; i < 3; i++) {
		const slide = slides.nth(i);
		await write(slide, 'Title', 'EN', `Step ${i + 1}`);
		await write(slide, 'Text', 'EN', `What the map shows at step ${i + 1}.`);
		await write(slide, 'Speaker notes (optional)', 'FR', `Notes ${i + 1}`);
	}
	// The third view selected nothing: it cites a record its map shows, picked from the list.
	await expect(page.getByText('Ready to present.')).toBeHidden();
	const third = slides.nth(2);
	await expect(third.locator('.issues').filter({ hasText: 'At least 1 needed.' })).toBeVisible();
	await third.locator('.cites summary').click();
	await third.locator('.cites input[type="checkbox"]').first().check();
	await expect(page.getByText('Ready to present.')).toBeVisible();
}

test('a teacher builds a three-slide story from the explorer, presents it, shares it as a link and as a file', async ({
	page,
	browser
}) => {
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await buildThreeSlides(page);

	// Undo takes back the last edit; the draft survives a reload.
	const slides = page.locator('li.slide');
	// Each change is said on the status line.
	const status = page.getByRole('status').first();
	await slides.nth(0).getByRole('button', { name: 'Duplicate' }).click();
	await expect(slides).toHaveCount(4);
	await expect(status).toHaveText('Slide 1 is copied as slide 2.');
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(slides).toHaveCount(3);
	await expect(status).toHaveText('The last change is undone.');
	await slides.nth(2).getByRole('button', { name: 'Move up' }).click();
	await expect(slides.nth(1).locator('input').first()).toHaveValue('Step 3');
	await expect(status).toHaveText('Slide 3 is now slide 2.');
	// The focus moves with the slide: Enter moves it up again.
	await expect(slides.nth(1).getByRole('button', { name: 'Move up' })).toBeFocused();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(slides.nth(1).locator('input').first()).toHaveValue('Step 2');
	await page.reload();
	await hydrated(page);
	await expect(slides).toHaveCount(3);
	await expect(page.getByText('Ready to present.')).toBeVisible();

	// Presented as the built stories are: keys move through it, the map follows.
	await page.getByRole('link', { name: '▶ Present the story' }).click();
	await expect(page.locator('h1#slide-title')).toHaveText('Step 1');
	await expect(page.locator('.frame')).toHaveAttribute('aria-label', /March 2015/);
	// The map is drawn in the browser, on the land and borders of the built pages.
	await expect(page.locator('.basemap path.land')).toHaveAttribute('d', /^M.{1000}/);
	await page.keyboard.press('PageDown');
	await expect(page.locator('h1#slide-title')).toHaveText('Step 2');
	await expect(page.locator('.frame')).toHaveAttribute('aria-label', /August 2020, filtered/);
	await expect(page.locator('details.sources summary')).toContainText('Sources');
	await page.keyboard.press('Space');
	await expect(page.locator('h1#slide-title')).toHaveText('Step 3');
	await expect(page.locator('.slide .kicker')).toHaveText(/^What changed from 1 March 2015 to 18 January 2022$/);
	// The presenter window, as for the built stories: the notes, the pictures, both windows in step.
	await page.getByText('More', { exact: true }).click();
	const [presenter] = await Promise.all([
		page.waitForEvent('popup'),
		page.getByRole('link', { name: 'Presenter window' }).click()
	]);
	await expect(presenter.locator('[data-slide]')).toHaveAttribute('data-slide', '3');
	await expect(presenter.locator('.notes-text')).toHaveText('Notes 3');
	await expect(presenter.locator('.current img')).toHaveAttribute('src', /^data:image\/svg\+xml/);
	await presenter.keyboard.press('PageUp');
	await expect(page.locator('h1#slide-title')).toHaveText('Step 2');
	await presenter.close();
	await page.keyboard.press('Escape');
	await page.getByRole('link', { name: '← Story builder' }).click();
	await hydrated(page);

	// A link carries the story in its fragment; opened elsewhere, it gives the same story back.
	await page.getByRole('button', { name: 'Copy a link to this story' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toMatch(/\/present\/new\/#story=[A-Za-z0-9_-]+$/);
	const other = await browser.newContext();
	const elsewhere = await other.newPage();
	await elsewhere.goto(link);
	await expect(elsewhere.getByRole('status').filter({ hasText: 'Story opened.' })).toBeVisible();
	await expect(elsewhere.locator('section.story input').nth(1)).toHaveValue('Alibaba Cloud in America');
	await expect(elsewhere.locator('li.slide')).toHaveCount(3);
	// Read once: the address drops the story, and a reload keeps it (and any edit since) from the draft.
	await expect(elsewhere).toHaveURL(/\/present\/new\/$/);
	await elsewhere.locator('li.slide').nth(0).locator('input').first().fill('Edited elsewhere');
	await elsewhere.reload();
	await expect(elsewhere.locator('li.slide').nth(0).locator('input').first()).toHaveValue('Edited elsewhere');
	await other.close();

	// Saved as a file in data/stories.json's format, and opened in a fresh browser.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Save as a file (.json)' }).click()
	]);
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'story-')), download.suggestedFilename());
	await download.saveAs(file);
	const saved = JSON.parse(readFileSync(file, 'utf8'));
	expect(saved.title).toEqual({ en: 'Alibaba Cloud in America', fr: 'Alibaba Cloud in America' });
	expect(saved.slides[2].notes).toEqual({ en: 'Notes 3', fr: 'Notes 3' });
	const fresh = await browser.newContext();
	const opened = await fresh.newPage();
	await opened.goto('/fr/present/new/');
	await hydrated(opened);
	await opened.locator('input[type="file"]').setInputFiles(file);
	await expect(opened.getByRole('status').filter({ hasText: 'Histoire ouverte.' })).toBeVisible();
	await expect(opened.locator('li.slide')).toHaveCount(3);
	await expect(opened.getByText('Prête à être présentée.')).toBeVisible();
	await fresh.close();

	// Its handout, drawn in the browser: three pages, each a slide with its map over half of it and its sources.
	await page.getByRole('link', { name: 'Handout (print)' }).click();
	await expect(page.locator('article.sheet')).toHaveCount(3);
	await expect(page.locator('article.sheet img')).toHaveCount(3);
	await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
	const pdf = new PrintedPdf(await page.pdf({ preferCSSPageSize: true }));
	expect(pdf.pages).toBe(3);
	for (let n = 1; n <= 3; n++) {
		expect(pdf.text(n)).toContain(`SLIDE ${n} OF 3`);
		expect(pdf.text(n)).toMatch(/Sources \[1\] /);
		expect(mapShare(pdf.image(n)), `page ${n}: the map's share`).toBeGreaterThanOrEqual(0.5);
	}
});

test('a slide that picks out a record its map does not show says so', async ({ page }) => {
	// The Clean Cloud warning (Washington) picked out on a map of East Asia.
	await page.goto('/?date=2020-08-05&region=east-asia&selected=us-clean-cloud');
	await hydrated(page);
	await page.getByRole('button', { name: 'Add this view as a slide' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Added as slide' })).toBeVisible();
	await page.goto('/present/new/');
	await hydrated(page);
	await expect(page.locator('li.slide .off-map')).toHaveText(
		/^Picked out, but not on this slide’s map: 'Clean Cloud' warning against Chinese cloud providers\./
	);
});

test('a story opened over a draft keeps the draft, to bring back, even after a reload', async ({ page }) => {
	await page.goto('/present/new/');
	await hydrated(page);
	const title = page.locator('section.story input').nth(1);
	await title.fill('My own story');
	await page.getByRole('button', { name: 'Copy it into the draft' }).click();
	await expect(title).not.toHaveValue('My own story');
	const copied = await title.inputValue();
	await expect(page.getByText('The draft you had before is kept in this browser.')).toBeVisible();
	await page.reload();
	await hydrated(page);
	await page.getByRole('button', { name: 'Bring it back' }).click();
	await expect(title).toHaveValue('My own story');
	await expect(page.getByRole('status').first()).toHaveText(
		'Your previous draft is back; the story it replaced is kept in its place.'
	);
	// And the story it replaced can come back in turn.
	await page.getByRole('button', { name: 'Bring it back' }).click();
	await expect(title).toHaveValue(copied);
});

test('a hostile or garbled file or link is refused with a message and changes nothing; text is never markup', async ({
	page
}) => {
	await page.goto('/present/new/');
	await hydrated(page);
	const title = page.locator('section.story input').nth(1);
	await title.fill('My own story');
	const dir = mkdtempSync(path.join(tmpdir(), 'hostile-'));
	const put = (name: string, text: string) => {
		const file = path.join(dir, name);
		writeFileSync(file, text);
		return file;
	};

	await page.locator('input[type="file"]').setInputFiles(put('bad.json', '<script>alert(1)</script>'));
	await expect(page.getByRole('alert')).toHaveText(
		'This file does not hold a story, so nothing was changed: it is not a JSON file.'
	);
	await expect(title).toHaveValue('My own story');

	// A story whose words are markup: read as words, shown as words, flagged where it breaks a rule.
	const markup = '<img src=x onerror="document.title=1">';
	const hostile = {
		id: 'Not An Id',
		title: { en: markup, fr: markup },
		summary: { en: 'x', fr: 'x' },
		slides: [
			{
				date: '2020-08-05',
				focus: { region: 'europe' },
				highlight: [],
				layers: ['sites'],
				title: { en: 'a', fr: 'a' },
				text: { en: 'a', fr: 'a' },
				notes: { en: 'a', fr: 'a' },
				cites: ['no-such-record'],
				extra: markup
			}
		]
	};
	await page.locator('input[type="file"]').setInputFiles(put('markup.json', JSON.stringify(hostile)));
	await expect(page.getByRole('status').filter({ hasText: 'Story opened.' })).toBeVisible();
	await expect(title).toHaveValue(markup);
	await expect(page.locator('main img')).toHaveCount(0);
	await expect(page.locator('section.story .issues')).toContainText(
		'Lower-case letters, digits and single hyphens only'
	);
	await expect(
		page.locator('li.slide .issues').filter({ hasText: '“no-such-record” is not a record of the atlas.' })
	).toBeVisible();
	expect(await page.title()).not.toBe('1');

	// Links: garbage, and a packed bomb, are refused; the draft is as it was.
	await page.goto('about:blank');
	await page.goto('/present/new/#story=%3Cscript%3E');
	await hydrated(page);
	await expect(page.getByRole('alert')).toHaveText(
		'This link does not hold a story, so nothing was changed: it does not hold a story from the story builder (perhaps it was cut short or changed when copied).'
	);
	await expect(title).toHaveValue(markup);
	await page.goto('/present/new/play/#story=AAAA');
	await expect(page.getByRole('alert')).toContainText('does not hold a story');
	await expect(page.getByRole('link', { name: '← Story builder' })).toBeVisible();

	// A story with mistakes is not presented: the page says how many to fix.
	await page.goto('/fr/present/new/play/');
	await expect(page.getByRole('alert')).toContainText('Cette histoire ne peut pas encore être présentée');

	// In French, every mistake is said in French, beside its slide.
	await page.goto('/fr/present/new/');
	await hydrated(page);
	const wrong = {
		...hostile.slides[0],
		extra: undefined,
		date: '2020-13',
		focus: { bbox: [10, 40, 5, 50] },
		filters: { providers: ['nobody'] },
		cites: ['us-clean-cloud']
	};
	await page
		.locator('input[type="file"]')
		.setInputFiles(put('wrong.json', JSON.stringify({ ...hostile, id: 'wrong', slides: [wrong, wrong] })));
	const issues = page.locator('li.slide').first().locator('.issues');
	await expect(issues).toContainText('Ce n’est pas une date');
	await expect(issues).toContainText('Le bord ouest (10) doit être inférieur au bord est (5).');
	await expect(issues).toContainText('« nobody » n’est pas un fournisseur de l’atlas.');
	await expect(issues).not.toContainText(/ is not | expected /);
});

for (const path of ['/present/new/', '/fr/present/new/'])
	for (const colorScheme of ['light', 'dark'] as const)
		test(`axe finds no violations on the story builder ${path} with slides and mistakes (${colorScheme})`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(VIEWS[1]);
			await hydrated(page);
			await page.getByRole('button', { name: 'Add this view as a slide' }).click();
			await expect(page.getByRole('status').filter({ hasText: 'Added as slide 1' })).toBeVisible();
			await page.goto(path);
			await hydrated(page);
			await expect(page.locator('li.slide')).toHaveCount(1);
			await page.locator('li.slide .cites summary').click();
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
				[]
			);
		});
