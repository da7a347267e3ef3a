import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';
import { PrintedPdf, mapShare } from './pdf';
import type { Story } from '../../src/lib/data/types';

/** The stories as written in data/. */
const STORIES = JSON.parse(readFileSync('data/stories.json', 'utf8')) as Story[];
const ALIBABA = STORIES.find((s) => s.id === 'silicon-valley-to-commerce')!;
const EUROPE = STORIES.find((s) => s.id === 'europe-data-in-limbo')!;
const title = (story: Story, n: number, lang: 'en' | 'fr' = 'en') => story.slides[n - 1].title[lang];

test.use({ reducedMotion: 'reduce' });

/** Waits until slide `n` (from 1) is shown, in the page and in the URL. */
async function onSlide(page: Page, story: Story, n: number, lang: 'en' | 'fr' = 'en') {
	await expect(page.locator('h1#slide-title')).toHaveText(title(story, n, lang));
	await expect(page.locator('[data-slide]')).toHaveAttribute('data-slide', String(n));
	await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}(&|$)`));
}

test('the story index lists both stories with their slides and handouts, in both languages', async ({ page }) => {
	await page.goto('/present/');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText([ALIBABA.title.en, EUROPE.title.en]);
	await expect(page.getByRole('link', { name: 'Start the slides' })).toHaveCount(2);
	await page.goto('/fr/present/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('link', { name: 'Document à imprimer' })).toHaveCount(2);
});

test('a clicker walks the slides: Page Down and Page Up, Space, arrows, Home and End; the map follows', async ({
	page
}) => {
	await page.goto(`/present/${ALIBABA.id}/`);
	await hydrated(page);
	await onSlide(page, ALIBABA, 1);
	const map = page.locator('.frame');

	await page.keyboard.press('PageDown');
	await onSlide(page, ALIBABA, 2);
	// Slide 2 is Alibaba Cloud's first US data centre, March 2015: the map is at that month,
	// with the site picked out and selected.
	await expect(map).toHaveAttribute('aria-label', /March 2015/);
	const spot = page.locator('svg.markers g.marker.spot');
	await expect(spot).toHaveCount(1);
	await expect(spot).toHaveClass(/selected/);
	// Its marker is shared with AWS's San Jose region, after which the place is named.
	await expect(spot).toHaveAttribute('aria-label', /^San Jose/);

	await page.keyboard.press('Space');
	await onSlide(page, ALIBABA, 3);
	// After a click on "Previous", Space still goes forward (it does not press the focused button).
	await page.getByRole('button', { name: 'Previous' }).click();
	await onSlide(page, ALIBABA, 2);
	await page.keyboard.press('Space');
	await onSlide(page, ALIBABA, 3);
	await page.keyboard.press('ArrowRight');
	await onSlide(page, ALIBABA, 4);
	await page.keyboard.press('PageUp');
	await onSlide(page, ALIBABA, 3);
	await page.keyboard.press('ArrowLeft');
	await onSlide(page, ALIBABA, 2);
	await page.keyboard.press('End');
	await onSlide(page, ALIBABA, ALIBABA.slides.length);
	await page.keyboard.press('PageDown'); // past the end: stays
	await onSlide(page, ALIBABA, ALIBABA.slides.length);
	await page.keyboard.press('Home');
	await onSlide(page, ALIBABA, 1);

	// The Clean Cloud slide: 5 August 2020, the warning selected and its jurisdiction shaded.
	const clean = ALIBABA.slides.findIndex((s) => s.highlight[0] === 'us-clean-cloud') + 1;
	await page.goto(`/present/${ALIBABA.id}/?slide=${clean}`);
	await hydrated(page);
	await onSlide(page, ALIBABA, clean);
	await expect(map).toHaveAttribute('aria-label', /5 August 2020/);
	await expect(page.locator('svg.basemap [data-c="US"]')).toHaveClass(/hl/);
});

test('a "what changed" slide compares its two dates, and the progress bar and count follow', async ({ page }) => {
	const n = ALIBABA.slides.findIndex((s) => s.from) + 1;
	await page.goto(`/present/${ALIBABA.id}/?slide=${n}`);
	await hydrated(page);
	await onSlide(page, ALIBABA, n);
	await expect(page.locator('.slide .kicker')).toHaveText(/^What changed from March 2015 to 18 January 2022$/);
	await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(n));
	await expect(page.locator('.bar .count')).toHaveText(`Slide ${n} of ${ALIBABA.slides.length}`);
});

test('a reload resumes on the slide; a hostile slide number opens the first', async ({ page }) => {
	await page.goto(`/fr/present/${EUROPE.id}/?slide=5`);
	await hydrated(page);
	await onSlide(page, EUROPE, 5, 'fr');
	await page.keyboard.press('PageDown');
	await onSlide(page, EUROPE, 6, 'fr');
	await page.reload();
	await hydrated(page);
	await onSlide(page, EUROPE, 6, 'fr');

	for (const bad of ['%3Cscript%3Ealert(1)%3C/script%3E', '0', '999', '2.5', '-1']) {
		await page.goto(`/present/${EUROPE.id}/?slide=${bad}`);
		await hydrated(page);
		await onSlide(page, EUROPE, 1);
	}
});

test('swiping left and right on a touch screen moves between slides', async ({ page }) => {
	await page.goto(`/present/${EUROPE.id}/`);
	await hydrated(page);
	const swipe = (from: number, to: number) =>
		page.locator('article.slide').evaluate(
			(el, [x0, x1]) => {
				const at = (type: string, x: number) =>
					el.dispatchEvent(
						new PointerEvent(type, { pointerType: 'touch', pointerId: 7, clientX: x, clientY: 300, bubbles: true })
					);
				at('pointerdown', x0);
				at('pointerup', x1);
			},
			[from, to]
		);
	await swipe(400, 200);
	await onSlide(page, EUROPE, 2);
	await swipe(200, 400);
	await onSlide(page, EUROPE, 1);
});

test('autoplay advances at the chosen interval and stops on a key press', async ({ page }) => {
	await page.clock.install();
	await page.goto(`/present/${EUROPE.id}/`);
	await hydrated(page);
	await page.getByText('More', { exact: true }).click();
	await page.getByLabel('Seconds per slide').selectOption('5');
	await page.locator('body').focus();
	await page.keyboard.press('p');
	await expect(page.getByRole('button', { name: 'Stop autoplay (P)' })).toHaveAttribute('aria-pressed', 'true');
	await page.clock.runFor(5_100);
	await onSlide(page, EUROPE, 2);
	await page.clock.runFor(5_100);
	await onSlide(page, EUROPE, 3);
	await page.keyboard.press('x');
	await expect(page.getByRole('button', { name: 'Autoplay (P)' })).toHaveAttribute('aria-pressed', 'false');
	await page.clock.runFor(20_000);
	await onSlide(page, EUROPE, 3);
});

test('F enters full screen and leaves it again', async ({ page }) => {
	await page.goto(`/present/${EUROPE.id}/`);
	await hydrated(page);
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
	await expect(page.getByRole('button', { name: 'Full screen (F)' })).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
	await onSlide(page, EUROPE, 1);
});

test('B blanks the screen and any key brings it back', async ({ page }) => {
	await page.goto(`/present/${EUROPE.id}/?slide=2`);
	await hydrated(page);
	await page.keyboard.press('b');
	await expect(page.locator('.blank-screen')).toBeVisible();
	await page.keyboard.press('ArrowRight'); // wakes the screen, does not move on
	await expect(page.locator('.blank-screen')).toHaveCount(0);
	await onSlide(page, EUROPE, 2);
});

test('the presenter window and the audience window stay on the same slide, both ways', async ({ page, context }) => {
	await page.goto(`/present/${ALIBABA.id}/?slide=3`);
	await hydrated(page);
	const presenter = await context.newPage();
	// Opened on slide 1, it asks the audience window where it is and follows it to slide 3.
	await presenter.goto(`/present/${ALIBABA.id}/presenter/?slide=1`);
	await hydrated(presenter);
	const presenterAt = (n: number) => expect(presenter.locator('[data-slide]')).toHaveAttribute('data-slide', String(n));
	await presenterAt(3);
	await expect(presenter.locator('.notes-text')).toHaveText(ALIBABA.slides[2].notes!.en);
	await expect(presenter.locator('.next .title')).toHaveText(ALIBABA.slides[3].title.en);
	await expect(presenter.locator('.timer time')).toHaveText(/^\d\d:\d\d$/);

	await page.keyboard.press('PageDown');
	await onSlide(page, ALIBABA, 4);
	await presenterAt(4);

	await presenter.keyboard.press('PageDown');
	await presenterAt(5);
	await onSlide(page, ALIBABA, 5);
	await presenter.getByRole('button', { name: 'Previous slide' }).click();
	await presenterAt(4);
	await onSlide(page, ALIBABA, 4);

	// Blanking from the presenter window blanks the audience's screen.
	await presenter.getByRole('button', { name: 'Blank the screen (B)' }).click();
	await expect(page.locator('.blank-screen')).toBeVisible();
	await presenter.getByRole('button', { name: 'Blank the screen (B)' }).click();
	await expect(page.locator('.blank-screen')).toHaveCount(0);
});

for (const [story, lang] of [
	[ALIBABA, 'en'],
	[EUROPE, 'fr']
] as const) {
	test(`the handout of ${story.id} (${lang}) prints a page per slide, its map over half of it, its sources under it`, async ({
		page
	}) => {
		const prefix = lang === 'fr' ? '/fr' : '';
		await page.goto(`${prefix}/present/${story.id}/handout/`);
		await expect(page.locator('article.sheet')).toHaveCount(story.slides.length);
		// Each slide: its title, its map picture, its sources in full and its permalink.
		const first = page.locator('article.sheet').first();
		await expect(first.locator('h2')).toHaveText(title(story, 1, lang));
		// An address is printed without its scheme and "www.", and links to the page.
		const address = first.locator('.sources a').first();
		const href = (await address.getAttribute('href'))!;
		expect(href).toMatch(/^https?:\/\//);
		await expect(address).toHaveText(href.replace(/^https?:\/\/(www\.)?/, ''));
		await expect(first.locator('.permalink a')).toHaveText(/\/present\/.+\?slide=1$/);
		await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));

		const cited = await page
			.locator('article.sheet')
			.evaluateAll((sheets) => sheets.map((sheet) => sheet.querySelectorAll('.sources li').length));

		const pdf = new PrintedPdf(await page.pdf({ preferCSSPageSize: true, printBackground: false }));
		const slideOf = lang === 'fr' ? 'DIAPOSITIVE' : 'SLIDE';
		const slidePages: number[] = [];
		for (let n = 1; n <= pdf.pages; n++) {
			const text = pdf.text(n);
			// A page that does not start a slide carries the rest of the one before: its sources, then its permalink.
			if (!text.includes(`${slideOf} ${slidePages.length + 1} `)) {
				expect(slidePages.length, `page ${n}`).toBeGreaterThan(0);
				expect(text.replace(/\s+/g, ''), `page ${n}`).toContain(`?slide=${slidePages.length}`);
				continue;
			}
			slidePages.push(n);
			// Every word printed on a slide's page, the map's codes, counts and legend included, at 8 pt or more.
			const small = pdf.words(n).filter((w) => w.height < 8 * 1.15);
			expect(small, `page ${n}: words under 8 pt`).toEqual([]);
			// The map (its frame) takes over half the page, as rendered.
			expect(mapShare(pdf.image(n)), `page ${n}: the map's share`).toBeGreaterThanOrEqual(0.5);
			expect(text, `page ${n}: its first source`).toContain('[1]');
		}
		expect(slidePages.length).toBe(story.slides.length);
		// A slide citing up to five sources fits on its page, sources and permalink; one citing more
		// runs onto one more page at most.
		slidePages.push(pdf.pages + 1);
		for (let i = 0; i < story.slides.length; i++) {
			const pages = slidePages[i + 1] - slidePages[i];
			expect(pages, `slide ${i + 1}, ${cited[i]} sources: its pages`).toBeLessThanOrEqual(cited[i] <= 5 ? 1 : 2);
		}
	});
}

test('the story at a glance prints on one page, with every slide’s title', async ({ page }) => {
	await page.goto(`/present/${EUROPE.id}/handout/`);
	await hydrated(page);
	await expect(page.locator('.glance li')).toHaveCount(EUROPE.slides.length);
	// What its button does before it opens the print dialog.
	await page.locator('main').evaluate((main) => (main.dataset.print = 'glance'));
	const pdf = new PrintedPdf(await page.pdf({ preferCSSPageSize: true }));
	expect(pdf.pages).toBe(1);
	const text = pdf.text(1).replace(/\s+/g, ' ');
	for (const slide of EUROPE.slides) expect(text).toContain(slide.title.en.replace(/\s+/g, ' '));
});

for (const path of [
	'/present/',
	`/fr/present/`,
	`/present/${ALIBABA.id}/?slide=13`,
	`/fr/present/${EUROPE.id}/?slide=5`,
	`/present/${ALIBABA.id}/presenter/`,
	`/fr/present/${EUROPE.id}/handout/`
]) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe finds no violations on ${path} (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			await hydrated(page);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
				[]
			);
		});
	}
}

test('the build copied under a sub-path works with nothing outside it: slides, handout, explorer, embed', async ({
	page,
	requests
}) => {
	// As a teacher would: the build/ folder served from a sub-folder of another server.
	const server = spawn(process.execPath, ['tests/e2e/serve.js', 'build', '0', '/stick/data-borders/']);
	const line = await new Promise<string>((resolve) => server.stdout.once('data', (chunk) => resolve(String(chunk))));
	const root = /http:\/\/\S+/.exec(line)![0];
	const failed: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
	});
	try {
		await page.goto(`${root}present/`);
		await page.getByRole('link', { name: 'Start the slides' }).first().click();
		await hydrated(page);
		await onSlide(page, ALIBABA, 1);
		await page.keyboard.press('PageDown');
		await onSlide(page, ALIBABA, 2);
		await page.goto(`${root}present/${ALIBABA.id}/handout/`);
		await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
		await page.goto(root);
		await hydrated(page);
		await expect(page.locator('svg.markers g.marker').first()).toBeVisible();
		// The embed finds its base from its own page: the credit and the sources stay in the folder.
		await page.goto(`${root}fr/embed/?date=2020-08-05&selected=us-clean-cloud`);
		await hydrated(page);
		await expect(page.locator('.credit a').first()).toHaveAttribute(
			'href',
			/^\/stick\/data-borders\/fr\/\?date=2020-08-05/
		);
		await expect(page.locator('.panel .sources a').first()).toBeVisible();
		expect(failed).toEqual([]);
		const outside = requests.filter((url) => !url.startsWith(root) && !url.startsWith('data:'));
		expect(outside).toEqual([]);
	} finally {
		server.kill();
	}
});
