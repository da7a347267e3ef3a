import { test, expect, hydrated } from './fixtures';
import type { Page } from '@playwright/test';

const ROUTES = [
	'/',
	'/fr/',
	'/data/',
	'/events/us-clean-cloud/',
	'/embed/',
	'/present/',
	'/fr/present/europe-data-in-limbo/?slide=5',
	'/present/silicon-valley-to-commerce/handout/'
];

for (const [width, height] of [
	[360, 640],
	[412, 915]
] as const) {
	test.describe(`at ${width}×${height}`, () => {
		test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });
		for (const path of ROUTES) {
			test(`${path}: no sideways scrolling and no text under 16 px`, async ({ page }) => {
				await page.goto(path);
				await hydrated(page);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow).toBeLessThanOrEqual(0);
				const small = await page.evaluate(() => {
					const found: string[] = [];
					const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
					while (walker.nextNode()) {
						const element = walker.currentNode.parentElement;
						if (!walker.currentNode.textContent?.trim() || !element) continue;
						// Marker counts and the like inside the map's SVG scale with the map.
						if (element.closest('svg, .visually-hidden')) continue;
						const box = element.getBoundingClientRect();
						if (box.width === 0 || box.height === 0) continue;
						const size = parseFloat(getComputedStyle(element).fontSize);
						if (size < 16) found.push(`${size}px: ${walker.currentNode.textContent.trim().slice(0, 30)}`);
					}
					return found;
				});
				expect(small).toEqual([]);
			});
		}
	});
}

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
	/** The whole map lies in view, above the bottom sheet's box. */
	const expectMapAbove = async (page: Page, sheet: { y: number }) => {
		const map = (await page.locator('.world-map .frame').boundingBox())!;
		expect(map.y).toBeGreaterThanOrEqual(-1);
		expect(map.y + map.height).toBeLessThanOrEqual(sheet.y + 1);
	};
	test('a tapped marker opens its panel as a bottom sheet, with the map still in view', async ({ page }) => {
		await page.goto('/?date=2020-08-05');
		await hydrated(page);
		// Sydney's marker stands within a touch target of Melbourne's: the first tap spreads them
		// apart, the second opens it.
		const sydney = page.locator('svg.markers g.marker.site[aria-label^="Sydney"] .dot');
		const world = await page.locator('svg.markers > g').getAttribute('transform');
		const tap = async () => {
			const box = (await sydney.boundingBox())!;
			await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
		};
		await tap();
		await expect(page.locator('svg.markers > g')).not.toHaveAttribute('transform', world!);
		await tap();
		const sheet = page.locator('aside.side.open');
		await expect(sheet).toBeVisible();
		await expect(sheet).toHaveCSS('position', 'fixed');
		const box = (await sheet.boundingBox())!;
		expect(box.y + box.height).toBeCloseTo(640, 0);
		await expectMapAbove(page, box);
		await sheet.getByRole('button', { name: /Close/ }).tap();
		await expect(sheet).toHaveCount(0);
	});

	test('a link that selects a place opens its sheet with the map in view above it', async ({ page }) => {
		await page.goto('/?selected=aws-eu-west-3');
		await hydrated(page);
		const sheet = page.locator('aside.side.open');
		await expect(sheet).toContainText('AWS Europe (Paris)');
		await expectMapAbove(page, (await sheet.boundingBox())!);
		await expect(page.locator('svg.markers g.marker.site.selected')).toBeInViewport();
	});
});

test.describe('while the date changes, the map and the slider stay where they are', () => {
	for (const [path, width] of [
		['/fr/', 360],
		['/', 412],
		['/fr/embed/', 360],
		['/', 1000],
		['/fr/', 1280]
	] as const) {
		test(`${path} at ${width} px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(path);
			await hydrated(page);
			const slider = page.locator('[role="slider"]').first();
			await slider.focus();
			await page.keyboard.press('Home');
			const tops = new Set<string>();
			// A month at a time across the whole timeline, where the counts and their wording change.
			for (let i = 0; i < 60; i++) {
				tops.add(
					await page.evaluate(() =>
						['.world-map', '[role="slider"]']
							.map((s) => Math.round(document.querySelector(s)!.getBoundingClientRect().top + scrollY))
							.join(' ')
					)
				);
				for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
			}
			expect([...tops]).toHaveLength(1);
		});
	}
});

test.describe('every milestone label lies within the timeline, on the side of its tick with more room', () => {
	for (const [path, width] of [
		['/fr/?span=full', 360],
		['/?span=full', 360],
		['/fr/', 360],
		['/fr/?span=full', 412],
		['/?span=full', 1000],
		['/fr/embed/?span=full', 360]
	] as const) {
		test(`${path} at ${width} px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(path);
			await hydrated(page);
			const labels = page.locator('.milestones li');
			await expect(labels.first()).toBeVisible();
			const bounds = await page.evaluate(() => {
				const list = document.querySelector('.milestones')!.getBoundingClientRect();
				return [...document.querySelectorAll('.milestones li')].map((li) => {
					const box = li.getBoundingClientRect();
					const text = li.querySelector('button')!.getBoundingClientRect();
					return { left: box.left - list.left, right: list.right - box.right, text: text.width, li: box.width };
				});
			});
			expect(bounds.length).toBeGreaterThan(0);
			for (const { left, right, text, li } of bounds) {
				// Inside the timeline's box (its margins give the ticks' rings room), the text whole.
				expect(left).toBeGreaterThanOrEqual(-12);
				expect(right).toBeGreaterThanOrEqual(-12);
				expect(text).toBeLessThanOrEqual(li);
			}
		});
	}
});
