import type { Locator, Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';

/** The boxes of the map's labels, and of every mark's visible dot or shape, in CSS pixels. */
async function drawn(page: Page) {
	return page.evaluate(() => {
		const box = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
		};
		return {
			labels: [...document.querySelectorAll('svg.labels text')].map((t) => ({ text: t.textContent, ...box(t) })),
			marks: [...document.querySelectorAll('svg.markers g.marker :is(.dot, .shape)')].map(box)
		};
	});
}

/** The centre of a locator's box, in CSS pixels. */
async function centre(locator: Locator): Promise<[number, number]> {
	const box = (await locator.boundingBox())!;
	return [box.x + box.width / 2, box.y + box.height / 2];
}

type Box = { x0: number; y0: number; x1: number; y1: number };
const overlap = (a: Box, b: Box) =>
	Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5;

test('a filtered view with few marks names each place, and no label covers another or a mark', async ({ page }) => {
	await page.goto('/?region=europe&date=2020-01-01&provider=aws&layers=sites');
	await hydrated(page);
	const labels = page.locator('svg.labels text');
	await expect(labels.first()).toBeVisible();
	// Where AWS had regions in Europe at the start of 2020.
	for (const place of ['Dublin', 'London', 'Paris', 'Frankfurt', 'Stockholm'])
		await expect(labels.filter({ hasText: place })).toHaveCount(1);
	await expect(page.locator('#map-summary')).toContainText('(5 in view)');
	await expect(page.locator('#map-summary')).toContainText('filtered');
	const { labels: boxes, marks } = await drawn(page);
	for (const [i, a] of boxes.entries()) {
		for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${a.text} and ${b.text}`).toBe(false);
		// Text boxes include their ascent and descent, so a mark may only touch their edge.
		for (const m of marks) expect(overlap(a, { x0: m.x0 + 1, y0: m.y0 + 1, x1: m.x1 - 1, y1: m.y1 - 1 })).toBe(false);
	}
});

test('the selected item carries a label, in bold, over no other label', async ({ page }) => {
	await page.goto('/?region=europe&date=2020-01-01');
	await hydrated(page);
	await expect(page.locator('svg.labels')).toHaveCount(0);
	const frankfurt = page.locator('svg.markers g.marker.site[aria-label^="Frankfurt"]');
	await frankfurt.focus();
	await frankfurt.press('Enter');
	const lead = page.locator('svg.labels text.lead');
	await expect(lead).toHaveText(/Frankfurt/);
	const { labels } = await drawn(page);
	for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(overlap(a, b)).toBe(false);
	await page.locator('.world-map .frame').press('Escape');
});

test('at world zoom, a selected place in crowded Europe is still labelled, clear of every mark', async ({ page }) => {
	const crowded = [
		'aws-eu-central-1',
		'azure-westeurope',
		'google-europe-west1',
		'azure-france-central',
		'oci-eu-zurich-1'
	];
	let callouts = 0;
	for (const id of crowded) {
		await page.goto(`/?selected=${id}`);
		await hydrated(page);
		const lead = page.locator('svg.labels text.lead');
		await expect(lead, id).toHaveCount(1);
		const text = await lead.textContent();
		const { labels, marks } = await drawn(page);
		const mine = labels.find((l) => l.text === text);
		expect(mine, id).toBeDefined();
		for (const m of marks)
			expect(overlap(mine!, { x0: m.x0 + 1, y0: m.y0 + 1, x1: m.x1 - 1, y1: m.y1 - 1 }), id).toBe(false);
		for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(overlap(a, b), id).toBe(false);
		callouts += await page.locator('svg.labels line.leader').count();
	}
	// Some of these have no free place beside their mark at this zoom: their label stands out on a leader.
	expect(callouts).toBeGreaterThan(0);
});

test('a selected flow whose arrow lies outside the view is labelled on the part of its arc in view', async ({
	page
}) => {
	await page.goto('/?region=europe&date=2020-08-05&selected=eu-us');
	await hydrated(page);
	const lead = page.locator('svg.labels text.lead');
	await expect(lead).toHaveText(/EU/);
	const frame = (await page.locator('.world-map .frame').boundingBox())!;
	const box = (await lead.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(frame.x);
	expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
	expect(box.y).toBeGreaterThanOrEqual(frame.y);
	expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height + 1);
});

test('a click on a crowded marker spreads the crowd, and a second click selects what is drawn there', async ({
	page
}) => {
	await page.goto('/?date=2020-01-01');
	await hydrated(page);
	const zoomed = page.locator('svg.markers > g');
	await expect(zoomed).toHaveAttribute('transform', /scale\(1\)/);
	const frankfurt = page.locator('svg.markers g.marker.site[aria-label^="Frankfurt"]');
	// Where its dot is drawn (a neighbour's touch target may lie over it there).
	await page.mouse.click(...(await centre(frankfurt.locator('.dot'))));
	// Europe's marks stand closer than a touch target at the world's scale: the map zooms in.
	await expect(zoomed).not.toHaveAttribute('transform', /scale\(1\)/);
	await expect(page).not.toHaveURL(/selected=/);
	// Now apart, the mark under the pointer is the one selected.
	const [cx, cy] = await centre(frankfurt.locator('.dot'));
	const top = await page.evaluate(
		([x, y]) => document.elementFromPoint(x, y)?.closest('[data-mark]')?.getAttribute('data-mark'),
		[cx, cy]
	);
	expect(top).toBe(await frankfurt.getAttribute('data-mark'));
	await page.mouse.click(cx, cy);
	await expect(page.locator('#panel-heading')).toContainText('Frankfurt');
});

test('groups’ counts are drawn above every mark', async ({ page }) => {
	await page.goto('/?date=2022-01-01');
	await hydrated(page);
	const layers = page.locator('svg.markers > g > g');
	await expect(layers.last()).toHaveClass(/counts/);
	const counts = layers.last().locator('text');
	expect(await counts.count()).toBeGreaterThan(5);
	// Every group with more than one record shows its count there, and nowhere else.
	await expect(page.locator('svg.markers g.marker text')).toHaveCount(0);
	const actionGroups = await page
		.locator('svg.markers g.marker.action')
		.evaluateAll((els) => els.filter((el) => /^[^:]+: \d+ actions;/.test(el.getAttribute('aria-label') ?? '')).length);
	expect(actionGroups).toBeGreaterThan(0);
	expect(await counts.count()).toBe((await page.locator('svg.markers g.marker.site.many').count()) + actionGroups);
});

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('every mark’s touch target is at least 24 × 24 CSS pixels, and its dot is drawn larger', async ({ page }) => {
		await page.goto('/?date=2020-08-05');
		await hydrated(page);
		const targets = await page
			.locator('svg.markers g.marker .hit')
			.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [r.width, r.height]));
		expect(targets.length).toBeGreaterThan(50);
		for (const [w, h] of targets) {
			expect(w).toBeGreaterThanOrEqual(23.9);
			expect(h).toBeGreaterThanOrEqual(23.9);
		}
		const dot = (await page.locator('svg.markers g.marker.site:not(.many) .dot').first().boundingBox())!;
		expect(dot.width).toBeGreaterThanOrEqual(6);
	});

	test('a tap on a crowded marker zooms in; a tap once it stands apart opens it', async ({ page }) => {
		await page.goto('/?date=2020-08-05&region=europe');
		await hydrated(page);
		const before = await page.locator('svg.markers > g').getAttribute('transform');
		const frankfurt = page.locator('svg.markers g.marker.site[aria-label^="Frankfurt"]');
		await page.touchscreen.tap(...(await centre(frankfurt.locator('.dot'))));
		await expect(page.locator('svg.markers > g')).not.toHaveAttribute('transform', before!);
		await page.touchscreen.tap(...(await centre(frankfurt.locator('.dot'))));
		await expect(page.locator('aside.side.open #panel-heading')).toContainText('Frankfurt');
	});
});

test('a reach line can be focused and selected, and opens the law that grants the reach', async ({ page }) => {
	await page.goto('/?date=2020-08-05&layers=sites,reach');
	await hydrated(page);
	const link = page.locator('svg.markers g.reach .hit').first();
	await expect(link).toHaveAttribute('aria-label', /^Legal reach \(.+\) over its companies’ data centres in .+: .+/);
	await link.focus();
	await expect(page.locator('.world-map .tip')).toContainText('Legal reach');
	await link.press('Enter');
	await expect(page).toHaveURL(/selected=/);
	await expect(page.locator('#panel-heading')).toBeVisible();
	// The reach toggle says in a sentence what the lines are.
	await page.getByText('Filters', { exact: false }).first().click();
	await expect(page.getByRole('checkbox', { name: 'Legal reach' })).toHaveAccessibleDescription(
		/Dotted lines join a government/
	);
});

test('the legend lists exactly what the map draws', async ({ page }) => {
	await page.goto('/?date=2020-01-01&provider=aws&layers=sites,actions');
	await hydrated(page);
	const legend = page.locator('.legend');
	await expect(legend).toContainText('Amazon Web Services');
	await expect(legend).not.toContainText('Microsoft Azure');
	await expect(legend).not.toContainText('Data flows');
	await page.goto('/?date=2015-03-01&layers=actions');
	await hydrated(page);
	// Only the kinds taken by then, each with its own shape.
	const kinds = await legend.locator('li').allTextContents();
	await page.goto('/?date=2022-01-01&layers=actions');
	await hydrated(page);
	expect((await legend.locator('li').allTextContents()).length).toBeGreaterThan(kinds.length);
});

test('on a marker, Home and End move to the westernmost and easternmost marker', async ({ page }) => {
	await page.goto('/?date=2020-08-05');
	await hydrated(page);
	const first = page.locator('svg.markers [data-mark][tabindex="0"]');
	await first.focus();
	const xs = await page
		.locator('svg.markers [data-mark]')
		.evaluateAll((els) =>
			els.map(
				(el) =>
					[
						el.getAttribute('data-mark'),
						el.getBoundingClientRect().left + el.getBoundingClientRect().width / 2
					] as const
			)
		);
	const sorted = [...xs].sort((a, b) => a[1] - b[1]);
	await page.keyboard.press('End');
	expect(await page.evaluate(() => document.activeElement?.getAttribute('data-mark'))).toBe(sorted.at(-1)![0]);
	await page.keyboard.press('Home');
	expect(await page.evaluate(() => document.activeElement?.getAttribute('data-mark'))).toBe(sorted[0][0]);
});
