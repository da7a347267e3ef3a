/**
 * Measurements in headless Chromium through Playwright and the DevTools protocol:
 * cold page loads under a profile (bytes, requests, LCP, TBT, longest task, CLS, time until
 * the slider responds) and slider steps with real key presses (Event Timing, frame time).
 * Long because byte accounting, the probe's timings and the two kinds of run share one page setup.
 */
import zlib from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';
import { chromium } from '@playwright/test';
import { INIT_SCRIPT } from './probe.js';

export const PROFILES = {
	desktop: {
		name: 'desktop',
		viewport: { width: 1350, height: 940 },
		deviceScaleFactor: 1,
		isMobile: false,
		hasTouch: false,
		cpu: 1,
		net: null
	},
	// DevTools "Slow 4G" as Lighthouse derives it: 150 ms RTT x 3.75 = 562.5 ms request latency,
	// 1.6 Mbps x 0.9 = 1.44 Mbps down (1474.56 kbit/s), 750 kbps x 0.9 = 675 kbps up; CPU 4x.
	mobile: {
		name: 'mobile',
		viewport: { width: 412, height: 823 },
		deviceScaleFactor: 1.75,
		isMobile: true,
		hasTouch: true,
		cpu: 4,
		net: { latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 }
	}
};

export async function launchBrowser() {
	return chromium.launch({
		executablePath: process.env.BENCH_CHROMIUM ?? CHROMIUM_PATH,
		headless: true,
		args: [
			...CHROMIUM_ARGS,
			'--disable-extensions',
			// Every host but this machine fails to resolve at once: third-party requests are
			// still seen (and reported) by the bench, but never leave the machine or wait.
			'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'
		]
	});
}

const sizeCache = new Map();
/** Raw, gzip (level 9) and brotli (quality 11) sizes of a body, as a CDN would serve it. */
export function compressedSizes(body) {
	const key = body.length + ':' + zlib.crc32?.(body);
	if (zlib.crc32 && sizeCache.has(key)) return sizeCache.get(key);
	const sizes = {
		raw: body.length,
		gzip: body.length ? zlib.gzipSync(body, { level: 9 }).length : 0,
		br: body.length
			? zlib.brotliCompressSync(body, {
					params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length }
				}).length
			: 0
	};
	if (zlib.crc32) sizeCache.set(key, sizes);
	return sizes;
}

/** html | js | css | data | images | fonts | other */
function category(resourceType, contentType, url) {
	const ct = (contentType || '').toLowerCase();
	if (resourceType === 'document' || ct.startsWith('text/html')) return 'html';
	if (resourceType === 'script' || ct.includes('javascript')) return 'js';
	if (resourceType === 'stylesheet' || ct.startsWith('text/css')) return 'css';
	if (resourceType === 'image' || ct.startsWith('image/')) return 'images';
	if (resourceType === 'font' || ct.startsWith('font/')) return 'fonts';
	if (resourceType === 'fetch' || resourceType === 'xhr' || ct.includes('json') || /\.(geo)?json(\?|$)/.test(url))
		return 'data';
	return 'other';
}

/** CLS as Chrome reports it: the largest session window (gaps < 1 s, windows ≤ 5 s). */
function clsOf(shifts) {
	let best = 0,
		sum = 0,
		first = -Infinity,
		last = -Infinity;
	for (const { t, v } of [...shifts].sort((a, b) => a.t - b.t)) {
		if (t - last > 1000 || t - first > 5000) {
			sum = 0;
			first = t;
		}
		sum += v;
		last = t;
		best = Math.max(best, sum);
	}
	return best;
}

async function newPage(browser, profile) {
	const context = await browser.newContext({
		viewport: profile.viewport,
		deviceScaleFactor: profile.deviceScaleFactor,
		isMobile: profile.isMobile,
		hasTouch: profile.hasTouch,
		reducedMotion: 'no-preference',
		serviceWorkers: 'block'
	});
	await context.addInitScript({ content: INIT_SCRIPT });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.clearBrowserCache');
	if (profile.net) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.net });
	if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
	return { context, page, cdp };
}

/**
 * One cold load of `url` under `profile`.
 * @param {{ origin: string, slider: boolean, bytes: boolean }} opts slider: wait for the slider probe
 */
export async function coldLoad(browser, url, profile, { origin, slider = true, bytes = true }) {
	const { context, page } = await newPage(browser, profile);
	const requests = [];
	const pending = [];
	page.on('request', (req) => {
		const u = req.url();
		if (!/^https?:/.test(u)) return;
		requests.push({ url: u, type: req.resourceType(), thirdParty: new URL(u).origin !== origin, req });
	});
	if (bytes)
		page.on('requestfinished', (req) => {
			pending.push(
				(async () => {
					const r = requests.find((x) => x.req === req);
					const res = await req.response();
					if (!r || !res) return;
					r.status = res.status();
					r.contentType = res.headers()['content-type'] ?? '';
					try {
						r.sizes = compressedSizes(await res.body());
					} catch {
						r.sizes = { raw: 0, gzip: 0, br: 0 };
					}
				})()
			);
		});
	page.on('requestfailed', (req) => {
		const r = requests.find((x) => x.req === req);
		if (r) r.failed = req.failure()?.errorText ?? 'failed';
	});
	const slow = profile.cpu > 1 || profile.net;
	const timeout = slow ? 90_000 : 30_000;
	let error = null;
	try {
		const res = await page.goto(url, { waitUntil: 'load', timeout });
		if (!res || res.status() >= 400) error = `HTTP ${res?.status()}`;
		if (slider && !error)
			await page
				.waitForFunction(
					() =>
						window.__bench &&
						(window.__bench.probe.respondedAt !== null ||
							(document.readyState === 'complete' && !document.querySelector('[role="slider"]'))),
					null,
					{ timeout: slow ? 30_000 : 10_000, polling: 100 }
				)
				.catch(() => {});
		await page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => {});
		await page.waitForTimeout(slow ? 2000 : 1000);
	} catch (e) {
		error = String(e.message ?? e).split('\n')[0];
	}
	const b = error
		? null
		: await page.evaluate(() => {
				const B = window.__bench;
				B.probe.stopped = true;
				return JSON.parse(
					JSON.stringify({ ...B, waiters: undefined, nav: performance.getEntriesByType('navigation')[0]?.toJSON() })
				);
			});
	await Promise.all(pending);
	await context.close();
	if (error) return { error };

	// Shifts in the 500 ms after the probe's answering keydown are the probe's doing (a real
	// key press would mark them hadRecentInput), so they are left out.
	const probeAt = b.probe.respondedDispatch ?? null;
	const shifts = b.shifts.filter((s) => probeAt === null || s.t < probeAt || s.t > probeAt + 500);
	const tasks = b.longtasks;
	const totals = { html: 0, js: 0, css: 0, data: 0, images: 0, fonts: 0, other: 0 };
	const sum = () => ({ raw: 0, gzip: 0, br: 0 });
	const by = Object.fromEntries(Object.keys(totals).map((k) => [k, sum()]));
	const total = sum();
	for (const r of requests) {
		if (r.thirdParty || !r.sizes) continue;
		const c = category(r.type, r.contentType, r.url);
		for (const k of ['raw', 'gzip', 'br']) {
			by[c][k] += r.sizes[k];
			total[k] += r.sizes[k];
		}
	}
	return {
		lcp: b.lcp,
		lcpElement: b.lcpTag,
		fcp: b.fcp,
		tbt: tasks.reduce((s, t) => s + Math.max(0, t.d - 50), 0),
		longestTask: tasks.reduce((m, t) => Math.max(m, t.d), 0),
		longTasks: tasks.length,
		cls: clsOf(shifts),
		sliderResponds: b.probe.respondedAt,
		sliderProbePresses: b.probe.presses,
		load: b.nav?.loadEventEnd ?? null,
		requests: requests.length,
		thirdParty: requests.filter((r) => r.thirdParty).map((r) => r.url),
		failed: requests.filter((r) => r.failed && !r.thirdParty).map((r) => `${r.url} (${r.failed})`),
		notOk: requests.filter((r) => r.status >= 400 && !r.thirdParty).map((r) => `${r.url} (${r.status})`),
		bytes: { total, ...by },
		files: requests
			.filter((r) => r.sizes)
			.map((r) => ({ url: r.url.replace(origin, ''), type: category(r.type, r.contentType, r.url), ...r.sizes }))
	};
}

/**
 * Slider steps with real key presses (CDP Input.dispatchKeyEvent through Playwright) on a
 * page loaded at desktop size without network throttling, CPU throttled to `cpu` after load.
 * `presses` single steps (ArrowRight, turning to ArrowLeft at the end of the track and back),
 * then Home and the jump End.
 */
export async function sliderRun(browser, url, { cpu, presses, pause = 60, capMs = Infinity, minPresses = 10 }) {
	const { context, page, cdp } = await newPage(browser, PROFILES.desktop);
	try {
		const res = await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
		if (!res || res.status() >= 400) return { error: `HTTP ${res?.status()}` };
		const hasSlider = await page.locator('[role="slider"]').count();
		if (!hasSlider) return { error: 'no [role="slider"] on the page' };
		await page.waitForFunction(() => window.__bench.probe.respondedAt !== null, null, {
			timeout: 120_000,
			polling: 100
		});
		await page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => {});
		await page.evaluate(() => {
			window.__bench.probe.stopped = true;
			window.__bench.events = [];
		});
		if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
		await page.locator('[role="slider"]').first().focus();
		await page.waitForTimeout(300);
		let dir = 1;
		let n = 0;
		const stepTimeout = 30_000;
		const press = async (key) => {
			await page.keyboard.press(key);
			n++;
			return page.evaluate(
				({ n, ms }) => Promise.race([window.__bench.waitStep(n), new Promise((ok) => setTimeout(() => ok(null), ms))]),
				{ n, ms: stepTimeout }
			);
		};
		const started = performance.now();
		for (let i = 0; i < presses && (i < minPresses || performance.now() - started < capMs); i++) {
			const st = await press(dir > 0 ? 'ArrowRight' : 'ArrowLeft');
			if (!st) return { error: `step ${n} did not complete` };
			if (st.value >= st.max) dir = -1;
			else if (st.value <= st.min) dir = 1;
			await page.waitForTimeout(pause);
		}
		await press('Home');
		await page.waitForTimeout(300);
		const jump = await press('End');
		await page.waitForTimeout(800);
		const b = await page.evaluate(() =>
			JSON.parse(
				JSON.stringify({
					steps: window.__bench.steps,
					events: window.__bench.events,
					markers: document.querySelectorAll('svg.markers g.marker').length
				})
			)
		);
		const withEvent = (s) => {
			const e = b.events.find((e) => e.name === 'keydown' && Math.abs(e.t - s.ts) < 1);
			return {
				key: s.key,
				js: s.js - s.t0,
				render: s.f1 - s.f0,
				frame: s.js - s.t0 + (s.f1 - s.f0),
				wall: s.f1 - s.t0,
				// Event Timing reports only interactions of 16 ms or more: an absent entry is < 16.
				latency: e ? e.d : null
			};
		};
		const steps = b.steps.slice(0, b.steps.length - 2).map(withEvent);
		return {
			steps,
			jump: jump ? withEvent(b.steps[b.steps.length - 1]) : null,
			markersAtEnd: b.markers,
			entries: b.events.length
		};
	} catch (e) {
		return { error: String(e.message ?? e).split('\n')[0] };
	} finally {
		await context.close();
	}
}
