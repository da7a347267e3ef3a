import { test, expect, hydrated, markers } from './fixtures';

const euUs = (page: import('@playwright/test').Page) =>
	page.locator('svg.markers g.flow', { has: page.locator('.hit[aria-label^="Personal data from the EU to the US"]') });

test('crossing 16 July 2020 turns the EU → US arc from a framework to none, and says so', async ({ page }) => {
	await page.goto('/?date=2020-07-15');
	await hydrated(page);
	await expect(euUs(page)).toHaveClass(/framework/);
	await expect(euUs(page).locator('.hit')).toHaveAttribute(
		'aria-label',
		/Valid framework since 1 August 2016, EU–US Privacy Shield/
	);
	const slider = page.getByRole('slider');
	await slider.focus();
	await page.keyboard.press(']');
	await expect(slider).toHaveAttribute('aria-valuetext', '16 July 2020');
	await expect(euUs(page)).toHaveClass(/\bnone\b/);
	await expect(euUs(page).locator('.hit')).toHaveAttribute('aria-label', /No framework since 16 July 2020/);
	// And back: the day before the ruling.
	await page.keyboard.press('[');
	await expect(euUs(page)).toHaveClass(/framework/);
});

test('a flow opens by keyboard with its history, the action that began each period, and sources', async ({
	page,
	requests
}) => {
	await page.goto('/?date=2023-07-11&span=full');
	await hydrated(page);
	// Nothing is shaded yet, so no country's outline has been drawn or fetched.
	await expect(page.locator('svg.basemap .countries path')).toHaveCount(0);
	expect(requests.filter((url) => url.includes('/basemap/countries.json'))).toEqual([]);
	const hit = euUs(page).locator('.hit');
	await hit.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('#panel-heading')).toHaveText('Personal data from the EU to the US');
	await expect(page.locator('#panel-heading')).toBeFocused();
	await expect(page.locator('.panel .status-line')).toContainText('Valid framework');
	await expect(page.locator('.panel .periods li')).toHaveCount(5);
	await expect(page.locator('.panel .periods li[aria-current="step"]')).toContainText('Data Privacy Framework');
	await expect(page.locator('.panel .sources a').first()).toBeVisible();
	// The origin's members are shaded as origin, the destination as destination.
	await expect(page.locator('svg.basemap path.hl[data-c="DE"]')).toHaveCount(1);
	await expect(page.locator('svg.basemap path.hl2[data-c="US"]')).toHaveCount(1);
	expect(requests.filter((url) => url.includes('/basemap/countries.json'))).toHaveLength(1);
	// Following the period's action opens the ruling: its jurisdiction shaded, the destination no longer.
	await page.locator('.panel .periods li').nth(3).getByRole('button').click();
	await expect(page.locator('#panel-heading')).toContainText('Schrems II');
	await expect(page.locator('svg.basemap path.hl[data-c="DE"]')).toHaveCount(1);
	await expect(page.locator('svg.basemap .countries path[data-c="US"]')).toHaveCount(0);
	expect(requests.filter((url) => url.includes('/basemap/countries.json'))).toHaveLength(1);
});

test('when the country outlines cannot be loaded the map stays unshaded, and the next selection tries again', async ({
	page,
	errors
}) => {
	let fail = true;
	await page.route('**/basemap/countries.json', (route) =>
		fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue()
	);
	await page.goto('/?date=2023-07-11&span=full');
	await hydrated(page);
	const failed = page.waitForResponse('**/basemap/countries.json');
	await euUs(page).locator('.hit').focus();
	await page.keyboard.press('Enter');
	expect((await failed).status()).toBe(503);
	await expect(page.locator('#panel-heading')).toHaveText('Personal data from the EU to the US');
	await expect(page.locator('.panel .periods li')).toHaveCount(5);
	await expect(page.locator('svg.basemap path.land')).toHaveCount(1);
	await expect(page.locator('svg.basemap .countries path')).toHaveCount(0);
	// The browser logged the failed request, and only that.
	expect(errors).toEqual(['Failed to load resource: the server responded with a status of 503 (Service Unavailable)']);
	errors.length = 0;
	fail = false;
	await page.locator('.panel .periods li').nth(3).getByRole('button').click();
	await expect(page.locator('#panel-heading')).toContainText('Schrems II');
	await expect(page.locator('svg.basemap path.hl[data-c="DE"]')).toHaveCount(1);
});

test('a compare link lists what changed from March 2015 to January 2022', async ({ page }) => {
	await page.goto('/?from=2015-03&to=2022-01-31');
	await hydrated(page);
	const changes = page.locator('section.changes');
	await expect(changes.locator('h2')).toHaveText('What changed from 1 March 2015 to 31 January 2022');
	await expect(changes).toContainText('Alibaba Cloud Germany (Frankfurt)');
	await expect(changes).toContainText('Schrems II');
	await expect(changes).toContainText('Personal data from the EU to the US');
	await expect(changes).toContainText('Valid framework → No framework');
	await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', '31 January 2022');
});

test('the compare form writes the pair into the URL', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	await page.getByText('Compare two dates').click();
	await page.getByLabel('From', { exact: true }).fill('2016-01');
	await page.getByLabel('To', { exact: true }).fill('2021-12');
	await page.getByRole('button', { name: 'Compare', exact: true }).click();
	await expect(page).toHaveURL(/from=2016-01-01&to=2021-12-31/);
	await expect(page.locator('section.changes h2')).toContainText('1 January 2016');
});

test('filters change the markers, the list and the URL', async ({ page }) => {
	await page.goto('/?date=2021-06-01');
	await hydrated(page);
	const allSites = await page.locator('.visible li').count();
	const allMarkers = await markers(page, 'site').count();
	await page.getByText('Filters and layers').click();
	await page.getByRole('checkbox', { name: 'Amazon Web Services' }).check();
	await expect(page).toHaveURL(/provider=aws/);
	await expect.poll(() => markers(page, 'site').count()).toBeLessThan(allMarkers);
	const names = await page.locator('.visible ul').first().locator('.meta').allTextContents();
	expect(names.length).toBeGreaterThan(0);
	expect(names.every((n) => n.startsWith('Amazon Web Services'))).toBe(true);
	expect(await page.locator('.visible li').count()).toBeLessThan(allSites);

	await page.getByRole('checkbox', { name: 'Court ruling' }).check();
	await expect(page).toHaveURL(/kind=ruling/);
	const kinds = await page.locator('.visible ul').nth(1).locator('.meta').allTextContents();
	expect(kinds.every((k) => k.startsWith('Court ruling'))).toBe(true);

	await page.getByRole('checkbox', { name: 'Data centres' }).uncheck();
	await expect(markers(page, 'site')).toHaveCount(0);
	await expect(page).toHaveURL(/layers=actions,flows/);
});

test('a site abroad says whose law reaches it, and the reach layer draws it', async ({ page }) => {
	await page.goto('/?date=2018-06-01&layers=sites,actions,flows,reach&selected=alibaba-eu-central-1');
	await hydrated(page);
	const panel = page.locator('.panel');
	await expect(panel).toContainText('Local law: Germany.');
	await expect(panel).toContainText('China may compel access to its data through:');
	await expect(panel).toContainText('National Intelligence Law, in force since 28 June 2017');
	expect(await page.locator('svg.markers .reach path.home-cn').count()).toBeGreaterThan(0);
	// Before the law took effect there is no reach to draw.
	await page.goto('/?date=2017-06-01&layers=sites,reach&selected=alibaba-eu-central-1');
	await hydrated(page);
	await expect(page.locator('svg.markers .reach path.home-cn')).toHaveCount(0);
	await expect(panel).toContainText('No law of its provider’s home country');
});

test('a partner-run site names its operator, and whose law reaches it follows the operator', async ({ page }) => {
	await page.goto('/?date=2020-06-01&layers=sites,reach&selected=alibaba-ap-northeast-1');
	await hydrated(page);
	const panel = page.locator('.panel');
	await expect(panel.locator('dl')).toContainText('Operated by');
	await expect(panel.locator('dl')).toContainText('SB Cloud Corporation (Japan)');
	await expect(panel).toContainText('Local law: Japan.');
	await expect(panel).toContainText(
		'SB Cloud Corporation, a company based in Japan, runs it for Alibaba Cloud (Aliyun)'
	);
	await expect(panel).toContainText('Its operator is based in Japan, where the site is: no foreign reach is recorded.');
	await expect(panel).not.toContainText('China may compel access');
	// A brand-run site of the same provider abroad is still reached by its home government.
	await page.goto('/fr/?date=2020-06-01&layers=sites,reach&selected=alibaba-eu-central-1');
	await hydrated(page);
	await expect(panel).not.toContainText('Exploité par');
	await expect(panel).toContainText('Chine');
	await page.goto('/fr/?date=2020-06-01&layers=sites,reach&selected=alibaba-ap-northeast-1');
	await hydrated(page);
	await expect(panel.locator('dl')).toContainText('Exploité par');
	await expect(panel).toContainText('la loi qui peut l’atteindre suit l’exploitant');
});

test('a flow drawn under the site marks (each bucket of them an SVG over the whole map) still takes a click', async ({
	page
}) => {
	await page.goto('/?date=2021-06-01');
	await hydrated(page);
	expect(await page.locator('svg.markers g.sites foreignObject.bucket').count()).toBeGreaterThan(1);
	const hit = euUs(page).locator('.hit');
	// A point on the line that no marker covers.
	const point = await hit.evaluate((path: SVGPathElement) => {
		const length = path.getTotalLength();
		for (let f = 0.2; f < 0.8; f += 0.05) {
			const p = path.getPointAtLength(length * f).matrixTransform(path.getScreenCTM()!);
			// A point where this line is the topmost thing drawn (no marker, no other flow over it).
			if (document.elementFromPoint(p.x, p.y) === path) return { x: p.x, y: p.y };
		}
		return null;
	});
	expect(point).not.toBeNull();
	await page.mouse.click(point!.x, point!.y);
	await expect(euUs(page)).toHaveClass(/selected/);
	await expect(page).toHaveURL(/selected=/);
});
