import AxeBuilder from '@axe-core/playwright';
import { test, expect, hydrated, markers } from './fixtures';
import { dayOf } from '../../src/lib/time/partialDate';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the map, its markers, the slider and the list are in the prerendered HTML', async ({ page, requests }) => {
		await page.goto('/');
		// The land in one path, the borders in another; no country drawn on its own, as none is shaded.
		await expect(page.locator('svg.basemap path.land')).toHaveCount(1);
		await expect(page.locator('svg.basemap path.borders')).toHaveCount(1);
		await expect(page.locator('svg.basemap .countries path')).toHaveCount(0);
		expect(await markers(page, 'site').count()).toBeGreaterThan(10);
		expect(await markers(page, 'action').count()).toBeGreaterThan(5);
		await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', '18 January 2022');
		await expect(page.locator('#visible-heading')).toHaveText('On the map on 18 January 2022');
		await expect(page.locator('.visible li').first()).toBeVisible();
		expect(requests.length).toBeGreaterThan(0);
	});

	test('the French page is French', async ({ page }) => {
		await page.goto('/fr/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', '18 janvier 2022');
	});
});

test('the header’s other-language link carries the view, and follows it', async ({ page }) => {
	await page.goto('/?date=2020-08-05');
	await hydrated(page);
	const french = page.locator('header a[hreflang="fr"]');
	await expect(french).toHaveAttribute('href', /^\/fr\/\?date=2020-08-05$/);
	await page.getByRole('slider').press('Home');
	await expect(french).toHaveAttribute('href', /^\/fr\/\?date=2015-01-01$/);
	await page.getByRole('button', { name: /dark theme/i }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('button', { name: /dark theme/i })).toHaveAttribute('aria-pressed', 'true');
});

test('a list longer than 150 rows shows 150 until the reader asks for all, and its rows select', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	const sites = page
		.locator('.visible .columns > div')
		.filter({ has: page.getByRole('heading', { name: /^Data centres/ }) });
	const total = Number((await sites.getByRole('heading').textContent())?.match(/\((\d+)\)/)?.[1]);
	// The full dataset has more sites open in January 2022 than the list's limit.
	expect(total).toBeGreaterThan(150);
	await expect(sites.locator('li')).toHaveCount(150);
	await sites.getByRole('button', { name: `Show all ${total}` }).click();
	await expect(sites.locator('li')).toHaveCount(total);
	await expect(sites.getByRole('button', { name: /^Show all/ })).toHaveCount(0);
	const last = sites.locator('li button').last();
	await last.click();
	await expect(last).toHaveAttribute('aria-current', 'true');
	await expect(page).toHaveURL(/selected=/);
});

test('moving the slider with the keyboard changes the markers, the list and the URL', async ({ page, errors }) => {
	await page.goto('/?date=2020-08-05');
	await hydrated(page);
	const slider = page.getByRole('slider');
	await expect(slider).toHaveAttribute('aria-valuetext', '5 August 2020');
	const sitesIn2020 = await page.locator('.visible li').count();

	await slider.focus();
	await page.keyboard.press('Home');
	await expect(slider).toHaveAttribute('aria-valuetext', '1 January 2015');
	await expect(page).toHaveURL(/date=2015-01-01/);
	const sitesIn2015 = await page.locator('.visible li').count();
	expect(sitesIn2015).toBeLessThan(sitesIn2020);

	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveAttribute('aria-valuetext', '1 March 2015');
	// Alibaba Cloud's first US data centre opens in March 2015.
	await expect(page.locator('.visible').getByText('Alibaba Cloud', { exact: false }).first()).toBeVisible();
	// It shares its marker with AWS's San Jose region (2009), after which the place is named.
	const siliconValley = page.locator('svg.markers g.marker.site[aria-label^="San Jose: 2 data centres"]');
	await expect(siliconValley).toHaveCount(1);

	await page.keyboard.press('PageUp');
	await expect(slider).toHaveAttribute('aria-valuetext', '1 March 2016');
	await page.keyboard.press('End');
	await expect(slider).toHaveAttribute('aria-valuetext', '31 December 2022');
	await page.keyboard.press('PageDown');
	await expect(slider).toHaveAttribute('aria-valuetext', '31 December 2021');
	await expect(page).toHaveURL(/date=2021-12-31/);
	expect(errors).toEqual([]);
});

test('previous and next event keys jump between events', async ({ page }) => {
	await page.goto('/?date=2020-08-01');
	await hydrated(page);
	const slider = page.getByRole('slider');
	await slider.focus();
	await page.keyboard.press(']');
	await expect(slider).toHaveAttribute('aria-valuetext', '5 August 2020');
	await page.keyboard.press('[');
	const valueNow = () => slider.getAttribute('aria-valuenow').then(Number);
	await expect.poll(valueNow).toBeLessThan(dayOf('2020-08-05'));
	expect(await valueNow()).toBeGreaterThanOrEqual(dayOf('2015-01-01'));
	await page.keyboard.press(']');
	await expect(slider).toHaveAttribute('aria-valuetext', '5 August 2020');
});

test('a deep link restores date, selection, zoom and the jurisdiction', async ({ page }) => {
	await page.goto('/?date=2016-12-01&selected=cjeu-schrems-i&zoom=2&center=10,50');
	await hydrated(page);
	await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', '1 December 2016');
	await expect(page.locator('#panel-heading')).toContainText('Safe Harbo');
	// The EU's members in 2015, the United Kingdom among them, are highlighted.
	await expect(page.locator('svg.basemap path.hl[data-c="FR"]')).toHaveCount(1);
	await expect(page.locator('svg.basemap path.hl[data-c="GB"]')).toHaveCount(1);
	// 28 members then; Malta is too small to be drawn on the 110m world map.
	expect(await page.locator('svg.basemap path.hl').count()).toBe(27);
	await expect(page.locator('svg.markers > g')).toHaveAttribute('transform', /scale\(2\)/);
	await expect(page).toHaveURL(/selected=cjeu-schrems-i/);
});

test('after Brexit an EU action no longer highlights the United Kingdom', async ({ page }) => {
	await page.goto('/?selected=cjeu-schrems-ii');
	await hydrated(page);
	await expect(page.locator('svg.basemap path.hl[data-c="FR"]')).toHaveCount(1);
	await expect(page.locator('svg.basemap path.hl[data-c="GB"]')).toHaveCount(0);
});

test('the detail panel opens from a marker by keyboard and shows every source', async ({ page }) => {
	await page.goto('/?date=2020-08-05');
	await hydrated(page);
	const marker = page.locator('svg.markers g.marker.action[aria-label*="Clean Cloud"]');
	await marker.focus();
	await page.keyboard.press('Enter');
	// The panel's code arrives with the first selection; then Washington, which has several
	// actions, lists them: choose the Clean Cloud warning.
	await expect(page.locator('.panel #panel-heading:not(.visually-hidden)')).toBeVisible();
	const choice = page.locator('.panel .choices button', { hasText: 'Clean Cloud' });
	if (await choice.count()) await choice.click();
	await expect(page.locator('#panel-heading')).toContainText('Clean Cloud');
	await expect(page.locator('#panel-heading')).toBeFocused();
	// Sources arrive with the record details, fetched when the panel first needs them.
	const sources = page.locator('.panel .sources a');
	await expect(sources.first()).toBeVisible();
	for (const href of await sources.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href)))
		expect(href).toMatch(/^https?:\/\//);
	await expect(page.locator('.panel')).toContainText('5 August 2020');
	await page.getByRole('button', { name: /^Close/ }).click();
	await expect(page.locator('#panel-heading')).toHaveCount(1);
	await expect(page).not.toHaveURL(/selected=/);
});

for (const width of [1280, 1920])
	test(`the open panel never lies over the lists, scrolled down at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/?date=2020-08-05&selected=us-clean-cloud');
		await hydrated(page);
		await page.locator('.list').scrollIntoViewIfNeeded();
		await page.mouse.wheel(0, 600);
		const side = (await page.locator('aside.side').boundingBox())!;
		for (const list of await page.locator('.list section, .list ul').all()) {
			const box = await list.boundingBox();
			if (!box) continue;
			const overlaps = box.x < side.x + side.width && side.x < box.x + box.width;
			const sameHeight = box.y < side.y + side.height && side.y < box.y + box.height;
			expect(overlaps && sameHeight, 'a list under the panel').toBe(false);
		}
	});

test('choosing an item in the list selects it on the map', async ({ page }) => {
	await page.goto('/?date=2015-06-01');
	await hydrated(page);
	await page.locator('.visible button', { hasText: 'US (Silicon Valley)' }).first().click();
	await expect(page.locator('#panel-heading')).toContainText('Silicon Valley');
	await expect(page.locator('svg.markers g.marker.site.selected')).toHaveCount(1);
	await expect(page.locator('.panel')).toContainText('March 2015');
});

test('hostile URL parameters change nothing and are never echoed', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs++;
		void dialog.dismiss();
	});
	await page.goto(
		'/?date=<img src=x onerror=alert(1)>&selected=<script>alert(2)</script>&zoom=javascript:alert(3)&theme=../../etc'
	);
	await hydrated(page);
	await expect(page.locator('main .notice')).toContainText('not understood');
	await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', '18 January 2022');
	const html = await page.content();
	expect(html).not.toContain('onerror=alert');
	expect(html).not.toContain('<script>alert');
	expect(dialogs).toBe(0);
});

test('the language switch keeps the view', async ({ page }) => {
	await page.goto('/?date=2020-08-05&selected=us-clean-cloud');
	await hydrated(page);
	await page
		.getByRole('link', { name: 'Read in French' })
		.or(page.getByRole('link', { name: 'Lire en français' }))
		.click();
	await expect(page).toHaveURL(/\/fr\/\?date=2020-08-05&selected=us-clean-cloud/);
	await hydrated(page);
	await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', '5 août 2020');
});

test('zoom buttons and keys scale the map and the markers keep their size', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	const group = page.locator('svg.markers > g');
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(group).toHaveAttribute('transform', /scale\(1\.6\)/);
	// A site's circle and an action's shape (drawn without transforms of their own).
	const marks = [
		page.locator('svg.markers g.marker.site circle').first(),
		page.locator('svg.markers g.marker.action path').first()
	];
	const boxes = await Promise.all(marks.map((m) => m.boundingBox()));
	await page.getByRole('application').focus();
	await page.keyboard.press('+');
	await expect(group).toHaveAttribute('transform', /scale\(2\.56\)/);
	for (const [i, mark] of marks.entries()) {
		const zoomed = await mark.boundingBox();
		expect(boxes[i]?.width).toBeGreaterThan(4);
		expect(Math.abs((zoomed?.width ?? 0) - (boxes[i]?.width ?? 0))).toBeLessThan(1);
	}
	await expect(page).toHaveURL(/zoom=2\.56/);
	await page.keyboard.press('0');
	await expect(group).toHaveAttribute('transform', /scale\(1\)/);
});

for (const path of [
	'/',
	'/fr/',
	'/?date=2020-08-05&selected=us-clean-cloud',
	// Labels on the map, reach lines to focus.
	'/?date=2020-01-01&region=europe&provider=aws&layers=sites,reach'
]) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await hydrated(page);
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}

test('when the sources cannot be loaded the panel says so, and trying again works', async ({ page, errors }) => {
	let fail = true;
	await page.route('**/details/en.json', (route) =>
		fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue()
	);
	await page.goto('/?date=2020-08-05&selected=us-clean-cloud');
	await hydrated(page);
	const alert = page.locator('.panel [role="alert"]');
	await expect(alert).toContainText('The sources could not be loaded.');
	await expect(page.locator('#panel-heading')).toContainText('Clean Cloud');
	fail = false;
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(page.locator('.panel .sources a').first()).toBeVisible();
	await expect(alert).toHaveCount(0);
	// The browser logged the one failed request, and only that; it asked once, not in a loop.
	expect(errors).toEqual(['Failed to load resource: the server responded with a status of 503 (Service Unavailable)']);
	errors.length = 0;
});

test('when the panel’s code cannot be loaded the panel says so, and a reload opens it', async ({ page, errors }) => {
	await page.goto('/?date=2020-08-05');
	await hydrated(page);
	// Everything the page needed at load has arrived; the panel's code comes with the first choice.
	let fail = true;
	await page.route('**/_app/immutable/**', (route) =>
		fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue()
	);
	await page.locator('.visible button', { hasText: 'Clean Cloud' }).first().click();
	const alert = page.locator('.panel [role="alert"]');
	await expect(alert).toContainText('This could not be opened: check the connection.');
	await expect(page).toHaveURL(/selected=us-clean-cloud/);
	fail = false;
	await alert.getByRole('button', { name: 'Reload the page' }).click();
	await expect(page.locator('#panel-heading')).toContainText('Clean Cloud');
	await expect(alert).toHaveCount(0);
	// Only the refused requests were logged (the modules and their styles: the panel's, and the
	// map's labels, wanted once something is selected).
	expect(errors.length).toBeGreaterThan(0);
	expect(errors.filter((e) => !/status of 503|Unable to preload CSS/.test(e))).toEqual([]);
	errors.length = 0;
});

test('keyboard only, from page load: a marker’s source link, then an arc’s', async ({ page }) => {
	await page.goto('/?date=2020-08-05');
	await hydrated(page);
	/** Presses Tab (or Shift+Tab) until the focused element matches. */
	async function tabTo(selector: string, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 250) {
		for (let i = 0; i < limit; i++) {
			await page.keyboard.press(key);
			if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		}
		throw new Error(`Tab never reached ${selector}`);
	}
	const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
	/** Moves between the map's marks with the arrow keys until the focused one matches. */
	async function arrowTo(selector: string) {
		for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'])
			for (let i = 0; i < 30; i++) {
				if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
				await page.keyboard.press(key);
			}
		throw new Error(`the arrow keys never reached ${selector}`);
	}

	// The marks are one tab stop; the arrow keys move between them.
	await tabTo('svg.markers [data-mark]');
	await arrowTo('svg.markers g.marker.site:not(.many)');
	await page.keyboard.press('Enter');
	await expect(page.locator('#panel-heading')).toBeFocused();
	// The sources arrive with the records' details; a reader tabs on once they are shown.
	await expect(page.locator('.side .sources a').first()).toBeVisible();
	await tabTo('.side .sources a[href^="http"]');
	expect(await focusedText()).not.toBe('');
	await expect(page.locator(':focus')).toHaveAttribute('href', /^https?:\/\//);

	// Back to the map's one tab stop, the marker last focused, and the arrow keys reach an arc.
	await tabTo('svg.markers [data-mark]', 'Shift+Tab');
	await expect(page.locator('svg.markers g.marker.site:focus')).toHaveCount(1);
	await arrowTo('svg.markers g.flow path.hit');
	await page.keyboard.press('Enter');
	await expect(page.locator('#panel-heading')).toBeFocused();
	await expect(page.locator('#panel-heading')).toContainText(/→|EU|US|UE/);
	await expect(page.locator('.side .sources a').first()).toBeVisible();
	await tabTo('.side .sources a[href^="http"]');
	await expect(page.locator(':focus')).toHaveAttribute('href', /^https?:\/\//);
});

test('the map is one tab stop: Play is within ten Tab presses of the top, Escape leaves the marks', async ({
	page
}) => {
	await page.goto('/?date=2020-08-05');
	await hydrated(page);
	const stops: string[] = [];
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		const what = await page.evaluate(() => {
			const el = document.activeElement;
			return el?.closest('svg.markers') ? 'mark' : (el?.getAttribute('class') ?? el?.tagName ?? '');
		});
		stops.push(what);
		if (what.includes('play')) break;
	}
	expect(stops.filter((s) => s === 'mark')).toHaveLength(1);
	expect(stops.at(-1)).toContain('play');
	expect(stops.length).toBeLessThanOrEqual(10);
	// Into the marks, along them, and out.
	await page.keyboard.press('Shift+Tab');
	while (!(await page.evaluate(() => !!document.activeElement?.closest('svg.markers'))))
		await page.keyboard.press('Shift+Tab');
	const first = await page.evaluate(() => document.activeElement?.getAttribute('data-mark'));
	await page.keyboard.press('ArrowRight');
	const next = await page.evaluate(() => document.activeElement?.getAttribute('data-mark'));
	expect(next).toBeTruthy();
	expect(next).not.toBe(first);
	await page.keyboard.press('Escape');
	await expect(page.locator('.world-map .frame')).toBeFocused();
	// Tab comes back to the mark last focused.
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await expect(page.locator(`svg.markers [data-mark="${next}"]`)).toBeFocused();
});

test('a marker shows its name in a tooltip on hover and on keyboard focus', async ({ page }) => {
	await page.goto('/?date=2020-08-05');
	await hydrated(page);
	const mark = page.locator('svg.markers g.marker.action').first();
	const label = await mark.getAttribute('aria-label');
	// Over the mark's middle: the tooltip names what is drawn there (on top, if marks overlap).
	const box = (await mark.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	const under = await page.evaluate(
		([x, y]) => document.elementFromPoint(x, y)?.closest('[data-mark]')?.getAttribute('aria-label'),
		[box.x + box.width / 2, box.y + box.height / 2]
	);
	await expect(page.locator('.world-map .tip')).toHaveText(under!);
	await page.mouse.move(0, 0);
	await expect(page.locator('.world-map .tip')).toHaveCount(0);
	await mark.focus();
	await expect(page.locator('.world-map .tip')).toHaveText(label!);
	await page.keyboard.press('ArrowLeft');
	const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
	await expect(page.locator('.world-map .tip')).toHaveText(focused!);
});

test('a named region is one press away and in the URL', async ({ page }) => {
	await page.goto('/?date=2020-08-05');
	await hydrated(page);
	const regions = page.getByRole('group', { name: 'Regions' });
	await regions.getByRole('button', { name: 'Europe', exact: true }).click();
	await expect(page).toHaveURL(/region=europe/);
	await expect(regions.getByRole('button', { name: 'Europe', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await page.reload();
	await hydrated(page);
	await expect(regions.getByRole('button', { name: 'Europe', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await regions.getByRole('button', { name: 'World', exact: true }).click();
	await expect(page).not.toHaveURL(/zoom=/);
});
