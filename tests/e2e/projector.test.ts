import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';
import type { Story } from '../../src/lib/data/types';

/** The stories as written in data/. */
const STORIES = JSON.parse(readFileSync('data/stories.json', 'utf8')) as Story[];

test.use({ reducedMotion: 'reduce' });

/** What a projector shows of the slide: page overflow, the slide's own overflow, the map's share. */
function measure(page: Page) {
	return page.evaluate(() => {
		const root = document.scrollingElement!;
		const slide = document.querySelector<HTMLElement>('article.slide')!;
		const frame = document.querySelector<HTMLElement>('.frame')!.getBoundingClientRect();
		const bar = document.querySelector<HTMLElement>('footer.bar')!.getBoundingClientRect();
		return {
			slide: Number(document.querySelector('[data-slide]')!.getAttribute('data-slide')),
			pageOverflow: [root.scrollWidth - innerWidth, root.scrollHeight - innerHeight],
			slideOverflow: slide.scrollHeight - slide.clientHeight,
			barBottom: bar.bottom - innerHeight,
			mapShare: frame.height / innerHeight,
			textPx: parseFloat(getComputedStyle(slide.querySelector('.text')!).fontSize)
		};
	});
}

for (const [width, height] of [
	[1280, 720],
	[1920, 1080],
	[1024, 768]
]) {
	for (const lang of ['en', 'fr'] as const) {
		test(`every slide fits a ${width} × ${height} projector with the map at full height (${lang})`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			for (const story of STORIES) {
				await page.goto(`${lang === 'fr' ? '/fr' : ''}/present/${story.id}/`);
				await hydrated(page);
				for (let n = 1; n <= story.slides.length; n++) {
					if (n > 1) await page.keyboard.press('PageDown');
					await expect(page.locator('h1#slide-title')).toHaveText(story.slides[n - 1].title[lang]);
					const m = await measure(page);
					const where = `${story.id} slide ${n}`;
					expect(m.slide, where).toBe(n);
					expect(m.pageOverflow, `${where}: the page scrolls`).toEqual([0, 0]);
					expect(m.slideOverflow, `${where}: the slide's words overflow`).toBeLessThanOrEqual(0);
					expect(m.barBottom, `${where}: the controls fall off the screen`).toBeLessThanOrEqual(0);
					expect(m.mapShare, `${where}: the map's share of the height`).toBeGreaterThanOrEqual(0.85);
					if (height >= 1080) expect(m.textPx, `${where}: the text's size`).toBeGreaterThanOrEqual(24);
				}
			}
		});
	}
}

const EUROPE = STORIES.find((s) => s.id === 'europe-data-in-limbo')!;

test('in full screen only the slide shows; the controls come back when the pointer moves or a key tabs to them', async ({
	page
}) => {
	await page.clock.install();
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto(`/present/${EUROPE.id}/`);
	await hydrated(page);
	const bar = page.locator('footer.bar');
	await expect(bar).toHaveCSS('opacity', '1');
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
	// Nothing but the slide until the pointer moves.
	await expect(bar).toHaveCSS('opacity', '0');
	await expect(bar).toHaveCSS('pointer-events', 'none');
	await page.mouse.move(600, 300);
	await page.mouse.move(640, 320);
	await expect(bar).toHaveCSS('opacity', '1');
	// It hides again once the pointer rests...
	await page.clock.runFor(3_000);
	await expect(bar).toHaveCSS('opacity', '0');
	// ...and shows while the keyboard's focus is in it (Shift + Tab from the top: its last control).
	await page.locator('body').focus();
	await page.keyboard.press('Shift+Tab');
	await expect(page.locator('footer.bar :focus')).toHaveCount(1);
	await expect(bar).toHaveCSS('opacity', '1');
	await page.locator('body').focus();
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
	await expect(bar).toHaveCSS('opacity', '1');
});

test('on a 1,280 × 720 projector a count on the map reads at 10 px or more', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto(`/present/${STORIES[0].id}/?slide=3`);
	await hydrated(page);
	const counts = page.locator('.frame text.count');
	await expect(counts.first()).toBeAttached();
	const heights = await counts.evaluateAll((texts) =>
		texts.map((text) => (text as SVGTextElement).getBoundingClientRect().height)
	);
	// A text's box is about 1.15 times its size.
	expect(Math.min(...heights)).toBeGreaterThanOrEqual(10 * 1.1);
});

test('a slide labels its highlighted records on the map, a flow as well as an action', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	// The Meta fine: the Irish regulator's decision and the EU → US flow, in a view of Europe.
	await page.goto('/present/europe-data-in-limbo/?slide=10');
	await hydrated(page);
	const labels = page.locator('.frame svg.labels text');
	await expect(labels.filter({ hasText: /Meta/ })).toHaveCount(1);
	await expect(labels.filter({ hasText: /^Personal data from the EU to the/ })).toHaveCount(1);
});

test('the sources and the "More" menu open over the slide and move nothing', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const story = STORIES[0];
	const n = story.slides.findIndex((s) => s.cites.length >= 3) + 1;
	await page.goto(`/present/${story.id}/?slide=${n}`);
	await hydrated(page);
	const boxes = () =>
		Promise.all(
			['.frame', 'h1#slide-title', 'footer.bar', '.sources summary'].map((s) => page.locator(s).boundingBox())
		);
	const before = await boxes();

	await page.locator('.sources summary').click();
	const panel = page.locator('.sources .panel');
	await expect(panel).toBeVisible();
	await expect(panel.locator('a').first()).toBeVisible();
	expect(await boxes()).toEqual(before);
	const box = (await panel.boundingBox())!;
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.y + box.height).toBeLessThanOrEqual(720);
	await page.locator('.sources summary').click();
	await expect(panel).toBeHidden();

	await page.getByText('More', { exact: true }).click();
	await expect(page.getByLabel('Seconds per slide')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Handout (print)' })).toBeVisible();
	expect(await boxes()).toEqual(before);
	await page.keyboard.press('Escape');
	await expect(page.getByLabel('Seconds per slide')).toBeHidden();

	// The slide keys work with the sources open, and the next slide starts with them closed.
	await page.locator('.sources summary').click();
	await expect(panel).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(page.locator('[data-slide]')).toHaveAttribute('data-slide', String(n + 1));
	await expect(page.locator('.sources .panel')).toBeHidden();
});
