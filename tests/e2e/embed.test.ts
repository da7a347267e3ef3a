import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';

// Host pages live on a second origin (another port), as an article on a newspaper's site would.
// Each worker opens its own host server on a free port.
let HOST = '';
const PYM = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');
let server: Server;
let pages: Record<string, string> = {};

test.beforeAll(async ({ baseURL }) => {
	const site = baseURL!;
	pages = {
		'/two.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body style="margin:0;width:640px">
			<h1>An article with two maps</h1>
			<iframe id="a" data-data-borders title="Map A" src="${site}/embed/?date=2015-06-01&controls=none" style="width:100%;border:0;height:300px"></iframe>
			<p>Text between the maps.</p>
			<iframe id="b" data-data-borders title="Map B" src="${site}/fr/embed/?date=2020-08-05&controls=full" style="width:100%;border:0;height:300px"></iframe>
			<script src="${site}/embed.js"></script></body></html>`,
		'/late.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Late loader</title></head><body style="margin:0;width:640px">
			<h1>The loader comes last, as a tag manager injects it</h1>
			<iframe id="a" data-data-borders title="Map A" src="${site}/embed/?date=2015-06-01&controls=none" style="width:100%;border:0;height:720px"></iframe>
			<iframe id="b" data-data-borders title="Map B" src="${site}/fr/embed/?date=2020-08-05&controls=full" style="width:100%;border:0;height:720px"></iframe>
			<script>window.addLoader = () => { const s = document.createElement('script'); s.src = '${site}/embed.js'; document.body.append(s); };</script></body></html>`,
		'/added.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Added later</title></head><body style="margin:0;width:640px">
			<h1>The map is added after the loader</h1>
			<script src="${site}/embed.js"></script>
			<script>window.addMap = () => { const f = document.createElement('iframe'); f.id = 'c'; f.title = 'Map C'; f.setAttribute('data-data-borders', ''); f.src = '${site}/embed/?date=2020-08-05&controls=slider'; f.style.cssText = 'width:100%;border:0;height:300px'; document.body.append(f); };</script></body></html>`,
		'/pym.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pym host</title><script>${PYM}</script></head><body style="margin:0;width:600px">
			<div id="map"></div>
			<script>window.parentPym = new pym.Parent('map', '${site}/embed/?date=2020-08-05&controls=slider', {});</script></body></html>`
	};
	server = createServer((req, res) => {
		// Browsers ask a host page for its icon; an article would have one.
		if (req.url === '/favicon.ico') return void res.writeHead(204).end();
		const body = pages[req.url ?? ''];
		res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(body ?? 'not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	HOST = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The width and height in a PNG's header, fetched from the page. */
async function pngSize(page: Page, url: string) {
	return page.evaluate(async (src) => {
		const response = await fetch(src);
		const view = new DataView(await response.arrayBuffer());
		return response.ok && view.getUint32(0) === 0x89504e47
			? { width: view.getUint32(16), height: view.getUint32(20) }
			: null;
	}, url);
}

test('prerendered snapshots exist for the opening view and every event, as PNG and SVG', async ({ page }) => {
	await page.goto('/');
	expect(await pngSize(page, '/snapshots/en/default.png')).toEqual({ width: 1200, height: 630 });
	expect(await pngSize(page, '/snapshots/fr/default-dark.png')).toEqual({ width: 1200, height: 630 });
	expect(await pngSize(page, '/snapshots/en/cjeu-schrems-ii.png')).toEqual({ width: 1200, height: 630 });
	const svg = await page.evaluate(() => fetch('/snapshots/en/cjeu-schrems-ii.svg').then((r) => r.text()));
	expect(svg).toContain('<title>Schrems II');
	expect(svg).toMatch(/data-c="FR"/);
	await page.goto('/events/cjeu-schrems-ii/');
	await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
		'content',
		/snapshots\/en\/cjeu-schrems-ii\.png$/
	);
});

/** The rendered height of the embed's content, read inside the iframe. */
const contentHeight = (frame: Frame) =>
	frame.evaluate(() => Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height));
const iframeHeight = (page: Page, selector: string) =>
	page.locator(selector).evaluate((f) => f.getBoundingClientRect().height);
const frameOf = async (page: Page, selector: string) =>
	(await (await page.locator(selector).elementHandle())!.contentFrame())!;

test('two embeds on one page each take the height of their content, and follow a change', async ({ page }) => {
	await page.goto(`${HOST}/two.html`);
	const a = await frameOf(page, '#a');
	const b = await frameOf(page, '#b');
	await a.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await b.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await expect
		.poll(async () => Math.abs((await iframeHeight(page, '#a')) - (await contentHeight(a))))
		.toBeLessThanOrEqual(2);
	await expect
		.poll(async () => Math.abs((await iframeHeight(page, '#b')) - (await contentHeight(b))))
		.toBeLessThanOrEqual(2);
	// Different states give different heights: B has the timeline and the legend.
	expect(await iframeHeight(page, '#b')).toBeGreaterThan((await iframeHeight(page, '#a')) + 50);
	await expect(b.locator('html')).toHaveAttribute('lang', 'fr');

	// Opening a record in B grows B (its panel opens) and leaves A alone.
	const before = await iframeHeight(page, '#b');
	const aBefore = await iframeHeight(page, '#a');
	const marker = b.locator('svg.markers g.marker.site').first();
	await marker.focus();
	await marker.press('Enter');
	await expect(b.locator('#panel-heading')).toBeVisible();
	await expect.poll(() => iframeHeight(page, '#b')).toBeGreaterThan(before + 50);
	await expect
		.poll(async () => Math.abs((await iframeHeight(page, '#b')) - (await contentHeight(b))))
		.toBeLessThanOrEqual(2);
	expect(await iframeHeight(page, '#a')).toBe(aBefore);
});

test('a loader injected seconds after the embeds loaded still sizes each to its content', async ({ page }) => {
	await page.goto(`${HOST}/late.html`);
	const a = await frameOf(page, '#a');
	const b = await frameOf(page, '#b');
	await a.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await b.waitForLoadState('load');
	await page.waitForTimeout(3000);
	// A posted its height long ago, to no listener: the frame keeps its 720 px.
	expect(await iframeHeight(page, '#a')).toBe(720);
	await page.evaluate(() => (window as unknown as { addLoader: () => void }).addLoader());
	await page.locator('#b').scrollIntoViewIfNeeded();
	for (const [selector, frame] of [
		['#a', a],
		['#b', b]
	] as const)
		await expect
			.poll(async () => Math.abs((await iframeHeight(page, selector)) - (await contentHeight(frame))))
			.toBeLessThanOrEqual(2);
	expect(await iframeHeight(page, '#a')).not.toBe(await iframeHeight(page, '#b'));
});

test('an embed added to the page after the loader is sized too', async ({ page }) => {
	await page.goto(`${HOST}/added.html`);
	await page.evaluate(() => (window as unknown as { addMap: () => void }).addMap());
	const c = await frameOf(page, '#c');
	await c.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await expect
		.poll(async () => Math.abs((await iframeHeight(page, '#c')) - (await contentHeight(c))))
		.toBeLessThanOrEqual(2);
});

test('hostile messages sent to the loader change nothing', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${HOST}/two.html`);
	const a = await frameOf(page, '#a');
	await a.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await expect
		.poll(async () => Math.abs((await iframeHeight(page, '#a')) - (await contentHeight(a))))
		.toBeLessThanOrEqual(2);
	const settled = await iframeHeight(page, '#a');
	// From the host page itself (not the iframe's window), and garbled shapes from anywhere.
	await page.evaluate(() => {
		const hostile: unknown[] = [
			{ type: 'data-borders:resize', height: 5 },
			{ type: 'data-borders:resize', height: '<img src=x onerror=alert(1)>' },
			{ type: 'data-borders:resize', height: 1e12 },
			'pymxPYMxaxPYMxheightxPYMx9999',
			null,
			{ type: 'data-borders:resize' }
		];
		for (const message of hostile) window.postMessage(message, '*');
	});
	// A garbled message from inside the frame is refused too.
	await a.evaluate(() => {
		window.parent.postMessage({ type: 'data-borders:resize', height: 'tall' }, '*');
		window.parent.postMessage({ type: 'data-borders:resize', height: Number.NaN }, '*');
	});
	await page.waitForTimeout(300);
	expect(await iframeHeight(page, '#a')).toBe(settled);
	expect(await page.locator('img').count()).toBe(0);
	expect(errors).toEqual([]);
});

test('a host that already uses pym.js sizes the embed with no loader', async ({ page }) => {
	await page.goto(`${HOST}/pym.html`);
	const iframe = page.locator('#map iframe');
	await expect(iframe).toHaveCount(1);
	const frame = (await (await iframe.elementHandle())!.contentFrame())!;
	await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await expect
		.poll(async () =>
			Math.abs((await iframe.evaluate((f) => f.getBoundingClientRect().height)) - (await contentHeight(frame)))
		)
		.toBeLessThanOrEqual(2);
	// pym.js added its own parameters to the URL; the embed ignored them and kept its state.
	await expect(frame.getByRole('slider')).toHaveAttribute('aria-valuetext', '5 August 2020');
});

test('the embed page is noindex, points to the full view, credits the site, and stays on its origin', async ({
	page,
	requests
}) => {
	await page.goto('/embed/?date=2020-08-05&selected=us-clean-cloud&theme=dark');
	await hydrated(page);
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/$/);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const credit = page.locator('.credit a').first();
	await expect(credit).toHaveAttribute('href', /\?date=2020-08-05&selected=us-clean-cloud&theme=dark$/);
	await expect(page.locator('#panel-heading')).toContainText('Clean Cloud');
	expect(requests.every((url) => url.startsWith('http://127.0.0.1:4173/'))).toBe(true);
});

for (const [path, most] of [
	// The embed's is one file of its own (pageEntries in vite.config.ts), sharing none with the explorer.
	['/fr/embed/?date=2016-06-01', 1],
	['/fr/?date=2016-06-01', 6]
] as const) {
	test(`${path} hydrates its prerendered markup with Svelte alone: no router, ${most === 1 ? 'one script' : `${most} scripts at most`}`, async ({
		page,
		requests
	}) => {
		await page.goto(path);
		await hydrated(page);
		// The URL's date applied to the elements the server wrote (hydrated, not drawn again).
		await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', '1er juin 2016');
		// A fresh mount would have emptied the root, its opening marker included.
		expect(await page.evaluate(() => document.querySelector('#page-root')!.firstChild?.nodeValue)).toBe('[');
		await page.getByRole('slider').press('End');
		await expect(page.locator('.summary')).toContainText('2022');
		// The scripts the page names (its entry and what it imports), and no other.
		const named = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('link[rel=modulepreload], script[src]')].map(
				(element) => ('href' in element ? element.href : element.src)
			)
		);
		const scripts = requests.filter((url) => url.endsWith('.js'));
		expect(scripts.sort()).toEqual(named.sort());
		expect(scripts.length).toBeLessThanOrEqual(most);
		expect(scripts.filter((url) => /\/entry\/(start|app)\./.test(url))).toEqual([]);
		if (path.includes('/embed/'))
			expect(scripts.map((url) => url.replace(/.*\/_app\/immutable\//, ''))).toEqual([
				expect.stringMatching(/^entry\/embed\.[\w-]+\.js$/)
			]);
		// Each opens with V8's compile hint (vite.config.ts, compileHints): compiled off the main thread.
		for (const url of scripts)
			expect((await (await page.request.get(url)).text()).startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
		expect(await page.evaluate(() => Object.keys(globalThis).filter((key) => key.startsWith('__sveltekit')))).toEqual(
			[]
		);
	});
}

for (const [path, part, name, count] of [
	['/embed/', '.island > .legend', 'the legend', 1],
	// The explorer's lists (sites, actions, flows) are an island each.
	['/fr/', 'section.visible .island > ul', 'the lists', 3]
] as const) {
	test(`${path}: the map's marker layers and ${name} are islands, started on the server's markup once the page has hydrated`, async ({
		page
	}) => {
		// What the server wrote, held before the page's script runs (it waits a frame).
		await page.addInitScript((part) => {
			document.addEventListener('DOMContentLoaded', () => {
				const held = window as unknown as Record<string, unknown>;
				held.servedMarker = document.querySelector('svg.markers g.sites g.marker.site');
				held.servedSites = document.querySelectorAll('svg.markers g.marker.site').length;
				held.servedPart = document.querySelector(part);
				held.servedZoom = document.querySelector('.zoom button');
			});
		}, part);
		await page.goto(`${path}?date=2016-06-01`);
		await hydrated(page);
		const state = () =>
			page.evaluate(
				([part, count]) => {
					const held = window as unknown as Record<string, Element>;
					const layers = Object.fromEntries(
						['reach', 'flows', 'sites', 'actions'].map((layer) => [
							layer,
							document.querySelectorAll(`svg.markers > g > g.${layer}`).length
						])
					);
					return {
						layers,
						sites: document.querySelectorAll('svg.markers g.marker.site').length,
						servedSites: held.servedSites as unknown as number,
						slots: document.querySelector('svg.markers')!.innerHTML.includes('db-island'),
						unmarked: document.querySelectorAll('svg.markers g.marker:not([data-mark])').length,
						markerAdopted: held.servedMarker.isConnected,
						partAdopted: held.servedPart.isConnected && document.querySelectorAll(part).length === count,
						zoomHydrated: held.servedZoom.isConnected
					};
				},
				[part, count] as const
			);
		const early = await state();
		expect(early.layers).toEqual({ reach: 1, flows: 1, sites: 1, actions: 1 });
		// The map's frame and the islands were hydrated in place: the islands kept the server's
		// elements (no new layout), brought to the URL's date, with none of the server's (the default
		// date's, later and more) left over, and each mark has the id the server left out.
		expect(early).toMatchObject({
			slots: false,
			unmarked: 0,
			markerAdopted: true,
			partAdopted: true,
			zoomHydrated: true
		});
		expect(early.sites).toBeLessThan(early.servedSites);
		await page.getByRole('slider').press('End');
		await expect.poll(async () => (await state()).sites).toBeGreaterThan(early.sites);
		// The hydrated markers answer the reader.
		await page.locator('svg.markers g.marker.site').first().focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('svg.markers g.marker.site.selected')).toHaveCount(1);
	});
}

test('a reader who tabs to a marker before the page starts keeps the focus on it when its island starts', async ({
	page
}) => {
	// The page's script waits until the reader has reached a marker in the server's markup.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/entry\/embed\.[\w-]+\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	// Module scripts hold back DOMContentLoaded: wait for the markup instead.
	await page.goto('/embed/', { waitUntil: 'commit' });
	const served = page.locator('svg.markers g.marker.action').nth(2);
	await served.waitFor();
	await served.focus();
	const label = await served.getAttribute('aria-label');
	await page.evaluate(() => ((window as unknown as Record<string, unknown>).served = document.activeElement));
	release();
	await hydrated(page);
	expect(
		await page.evaluate(() => ({
			label: document.activeElement?.getAttribute('aria-label'),
			kept: document.activeElement === (window as unknown as Record<string, unknown>).served
		}))
	).toEqual({ label, kept: true });
});

test('a garbled boot block leaves the page as prerendered and says why in the console', async ({ page, errors }) => {
	await page.route(/\/(embed\/)?$/, async (route) => {
		const response = await route.fetch();
		const html = (await response.text()).replace(/(id="page-boot">)\{/, '$1{{');
		await route.fulfill({ response, body: html });
	});
	for (const path of ['/embed/', '/']) {
		await page.goto(path);
		await expect(page.locator('.summary')).toContainText('18 January 2022');
		await expect.poll(() => errors.length).toBe(1);
		expect(errors).toEqual(['Data Borders: the boot data is not JSON']);
		expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBeUndefined();
		errors.length = 0;
	}
});

test('the host can switch the embed to dark, and nothing else', async ({ page }) => {
	await page.goto(`${HOST}/two.html`);
	const a = await frameOf(page, '#a');
	await a.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await page.evaluate(() => {
		const frame = document.querySelector<HTMLIFrameElement>('#a')!.contentWindow!;
		frame.postMessage({ type: 'data-borders:theme', theme: '<script>' }, '*');
		frame.postMessage({ type: 'data-borders:theme', theme: 'dark' }, '*');
	});
	await expect(a.locator('html')).toHaveAttribute('data-theme', 'dark');
});

for (const path of ['/embed/', '/fr/embed/?theme=dark&controls=full&selected=eu-us']) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await hydrated(page);
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}

test('the builder’s snippet, pasted into a blank page, reproduces the previewed view', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/?date=2020-07-17&selected=eu-us');
	await hydrated(page);
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this view' });
	await expect(dialog).toBeVisible();
	await dialog.getByLabel('Français').check();
	await dialog.getByLabel('Dark').check();
	await dialog.getByLabel('Timeline only').check();
	await dialog.getByLabel('Use its title as a heading').check();
	const preview = dialog.locator('iframe.desktop');
	await expect(preview).toHaveAttribute(
		'src',
		/\/fr\/embed\/\?date=2020-07-17&selected=eu-us&theme=dark&controls=slider&title=eu-us$/
	);
	await dialog.getByRole('button', { name: 'Copy the code' }).click();
	// Announced inside the dialog, which sits above the page (the page's own status line is under it).
	await expect(dialog.getByRole('status')).toHaveText('Embed code copied');
	await expect(dialog.getByRole('status')).toBeVisible();
	const snippet = await page.evaluate(() => navigator.clipboard.readText());
	expect(snippet).toBe(await dialog.locator('textarea').inputValue());
	expect(snippet).toContain('<script async src="http://127.0.0.1:4173/embed.js"></script>');

	// The no-script image is the prerendered snapshot of that event, 1200 × 630, with alt text.
	const image = /<noscript><a href="[^"]+"><img src="([^"]+)" alt="([^"]+)"/.exec(snippet);
	expect(image?.[1]).toBe('http://127.0.0.1:4173/snapshots/fr/default-dark.png');
	expect(image?.[2].length).toBeGreaterThan(20);
	expect(await pngSize(page, image![1])).toEqual({ width: 1200, height: 630 });

	pages['/paste.html'] =
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body style="margin:0;width:700px">${snippet}</body></html>`;
	await page.goto(`${HOST}/paste.html`);
	const iframe = page.locator('iframe[data-data-borders]');
	const frame = (await (await iframe.elementHandle())!.contentFrame())!;
	await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await expect(frame.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(frame.getByRole('slider')).toHaveAttribute('aria-valuetext', '17 juillet 2020');
	await expect(frame.locator('h1')).toHaveText('Données personnelles de l’UE vers les États-Unis');
	await expect(frame.locator('#panel-heading')).toBeVisible();
	await expect
		.poll(async () =>
			Math.abs((await iframe.evaluate((f) => f.getBoundingClientRect().height)) - (await contentHeight(frame)))
		)
		.toBeLessThanOrEqual(2);
});

test('every page has a strict CSP, and the host headers let only the embed be framed anywhere', async ({ request }) => {
	for (const path of ['/', '/fr/', '/embed/', '/fr/embed/', '/events/us-cloud-act/', '/data/']) {
		const html = await (await request.get(path)).text();
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
		const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
		expect(scriptSrc, path).toContain("'self'");
		expect(scriptSrc, path).not.toContain('unsafe-inline');
		expect(csp, path).toContain("object-src 'none'");
		// Every inline script that runs is allowed by its hash; data blocks (JSON) do not run.
		const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
			.filter(([, attributes]) => !/type="application\/json"/.test(attributes))
			.map(([, , code]) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
		for (const hash of inline) expect(scriptSrc, path).toContain(hash);
		// SvelteKit pages start from an inline script; the explorer and the embed boot from a file alone.
		const ownEntry = ['/', '/fr/', '/embed/', '/fr/embed/'].includes(path);
		expect(inline.length, path).toBe(ownEntry ? 0 : 1);
	}
	const headers = await (await request.get('/_headers')).text();
	expect(headers).toMatch(/\/embed\/\*\n\s+Content-Security-Policy: frame-ancestors \*/);
	expect(headers).toMatch(/\/events\/\*\n\s+Content-Security-Policy: frame-ancestors 'self'/);
	// Every page the build writes has a framing rule: the embed any site, the others this one only.
	const rules = [...headers.matchAll(/^(\/\S*)\n\s+Content-Security-Policy: frame-ancestors (.+)$/gm)].map(
		([, pattern, value]) => ({ pattern, value })
	);
	const framing = (page: string) =>
		rules.find(({ pattern }) => (pattern.endsWith('*') ? page.startsWith(pattern.slice(0, -1)) : page === pattern))
			?.value;
	const pages = readdirSync('build', { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('index.html'))
		.map((file) => `/${file.replace(/index\.html$/, '')}`);
	expect(pages).toContain('/present/europe-data-in-limbo/');
	for (const page of pages) expect(framing(page), page).toBe(/^\/(fr\/)?embed\//.test(page) ? '*' : "'self'");
});

test('event pages link an oEmbed document that gives CMSs the iframe', async ({ page, request }) => {
	await page.goto('/fr/events/cjeu-schrems-ii/');
	const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
	expect(href).toMatch(/^https?:\/\/[^/]+\/oembed\/fr\/cjeu-schrems-ii\.json$/);
	const doc = await (await request.get(new URL(href!).pathname)).json();
	expect(doc).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 720, thumbnail_width: 1200 });
	expect(doc.title).toContain('Schrems II');
	expect(doc.html).toMatch(/<iframe src="https?:\/\/[^"]+\/fr\/embed\/\?date=2020-07-16&amp;selected=cjeu-schrems-ii/);
	expect(doc.html).toContain('data-data-borders');
	expect(await pngSize(page, new URL(doc.thumbnail_url).pathname)).toEqual({ width: 1200, height: 630 });
});

test('the record view the embed loads on first use comes with its styles', async ({ page }) => {
	await page.goto('/embed/?date=2020-08-05&selected=us-clean-cloud');
	await hydrated(page);
	const facts = page.locator('.panel dl').first();
	await expect(facts).toBeVisible();
	// `display: grid` comes from the record view's own stylesheet, fetched with its script.
	await expect(facts).toHaveCSS('display', 'grid');
});

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

	test('the embed is map first: the map spans the width, the legend and the panel fold into a line each', async ({
		page
	}) => {
		await page.goto('/embed/?date=2020-08-05&selected=us-clean-cloud');
		await hydrated(page);
		const frame = await page.locator('.world-map .frame').boundingBox();
		expect(frame!.width).toBe(360);
		const legend = page.getByRole('button', { name: 'Legend' });
		await expect(legend).toHaveAttribute('aria-expanded', 'false');
		await expect(page.locator('#embed-legend')).toBeHidden();
		const panel = page.locator('.fold-toggle[aria-controls="embed-panel"]');
		await expect(panel).toContainText('Clean Cloud');
		await expect(panel).toHaveAttribute('aria-expanded', 'false');
		await expect(page.locator('#panel-heading')).toBeHidden();
		// Folded, the whole embed is about a screen tall (it was 2,300 px with everything open).
		expect(await page.evaluate(() => document.querySelector('.embed')!.getBoundingClientRect().height)).toBeLessThan(
			900
		);
		await legend.click();
		await expect(page.locator('#embed-legend')).toBeVisible();
		await panel.click();
		await expect(page.locator('#panel-heading')).toBeVisible();
		await expect(panel).toHaveAttribute('aria-expanded', 'true');
	});

	test('a record the reader picks on the phone embed opens its panel', async ({ page }) => {
		await page.goto('/embed/?date=2020-08-05');
		await hydrated(page);
		const marker = page.locator('svg.markers g.marker.site:not(.many)').first();
		await marker.focus();
		await marker.press('Enter');
		await expect(page.locator('.fold-toggle[aria-controls="embed-panel"]')).toHaveAttribute('aria-expanded', 'true');
		await expect(page.locator('#panel-heading')).toBeVisible();
	});

	test('with controls=none the embed is the map, its headline and the credit, nothing else', async ({ page }) => {
		await page.goto('/embed/?controls=none&selected=us-clean-cloud');
		await hydrated(page);
		await expect(page.locator('.summary')).toBeVisible();
		await expect(page.locator('.credit').first()).toBeVisible();
		await expect(page.getByRole('slider')).toHaveCount(0);
		await expect(page.locator('#embed-legend, #embed-panel, .latest')).toHaveCount(0);
		expect(await page.evaluate(() => document.querySelector('.embed')!.getBoundingClientRect().height)).toBeLessThan(
			420
		);
	});
});

test('from 600 px the embed shows its legend and panel open, with no fold toggles', async ({ page }) => {
	await page.setViewportSize({ width: 640, height: 800 });
	await page.goto('/embed/?date=2020-08-05&selected=us-clean-cloud');
	await hydrated(page);
	await expect(page.locator('#embed-legend')).toBeVisible();
	await expect(page.locator('#panel-heading')).toBeVisible();
	await expect(page.locator('.fold-toggle').first()).toBeHidden();
});

test('the builder previews the phone and the article column at the heights the embed will take, and says them', async ({
	page
}) => {
	await page.goto('/?date=2020-08-05&selected=us-clean-cloud');
	await hydrated(page);
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	const dialog = page.getByRole('dialog');
	// The previews load when the dialog opens; the caption changes when the embed posts its height.
	await expect(dialog.getByText(/^Phone: 360 × [\d,]+ px, the height it will take$/)).toBeVisible({ timeout: 20_000 });
	const caption = await dialog.getByText(/^Phone: 360 × [\d,]+ px/).textContent();
	const height = Number(caption!.match(/× ([\d,]+) px/)![1].replace(/,/g, ''));
	const frame = await dialog.locator('iframe.phone').boundingBox();
	expect(Math.abs(frame!.height - height)).toBeLessThanOrEqual(2);
	await expect(dialog.getByText(/^Article column: 640 × [\d,]+ px/)).toBeVisible({ timeout: 20_000 });
});
