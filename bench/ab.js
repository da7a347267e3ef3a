#!/usr/bin/env node
/**
 * node bench/ab.js <build A> <build B> [--runs 7] [--slider]
 *
 * Compares two builds of the site (say, with and without a mechanism) the way the bench
 * measures one: both served from one local server (A under /__a/, B under /__b/), cold mobile
 * loads of `/` and `/embed/` alternating A, B, A, B… so that a drift in the machine's speed hits
 * both alike, then, with --slider, key-press runs on the real data at CPU 4× (also
 * alternating; --slider-only for those alone, --cpu for another throttle). Prints the medians (min–max) of each figure for A and B and the difference of the
 * medians. Measures; decides nothing.
 */
import path from 'node:path';
import { startServer } from './serve.js';
import { launchBrowser, coldLoad, sliderRun, PROFILES } from './measure.js';
import { median, min, max, percentile, table } from './stats.js';

const argv = process.argv.slice(2);
const flag = (name, fallback) => {
	const i = argv.indexOf(name);
	return i < 0 ? fallback : Number(argv[i + 1]);
};
const [a, b] = argv.filter((x, i) => !x.startsWith('--') && !['--runs', '--cpu'].includes(argv[i - 1]));
if (!a || !b) {
	console.error('usage: node bench/ab.js <build A> <build B> [--runs 7] [--slider | --slider-only] [--cpu 4]');
	process.exit(1);
}
const RUNS = flag('--runs', 7);
const SLIDER = argv.includes('--slider') || argv.includes('--slider-only');
const LOADS = !argv.includes('--slider-only');
const CPU = flag('--cpu', 4);
const ROUTES = ['/', '/embed/'];
const VARIANTS = { A: '/__a', B: '/__b' };

const log = (...x) => console.error('[ab]', ...x);
const server = await startServer([
	{ prefix: '/__a/', dir: path.resolve(a) },
	{ prefix: '/__b/', dir: path.resolve(b) }
]);
const browser = await launchBrowser();
const figures = {};
const push = (key, value) => (figures[key] ??= []).push(value);
try {
	// One load of each page first, unmeasured: the server compresses each file on its first request.
	for (const route of LOADS ? ROUTES : [])
		for (const prefix of Object.values(VARIANTS)) {
			log(`warm-up ${prefix}${route}`);
			await coldLoad(browser, server.origin + prefix + route, PROFILES.desktop, {
				origin: server.origin,
				slider: true
			});
		}
	for (let i = 0; i < (LOADS ? RUNS : 0); i++)
		for (const route of ROUTES)
			for (const [name, prefix] of i % 2 ? Object.entries(VARIANTS).reverse() : Object.entries(VARIANTS)) {
				log(`load ${name} ${route} ${i + 1}/${RUNS}`);
				const r = await coldLoad(browser, server.origin + prefix + route, PROFILES.mobile, {
					origin: server.origin,
					slider: true
				});
				if (r.error) {
					log(`  ${r.error}`);
					continue;
				}
				for (const f of ['lcp', 'fcp', 'tbt', 'longestTask', 'cls', 'sliderResponds'])
					push(`${route} ${f} ${name}`, r[f]);
				push(`${route} transfer KiB ${name}`, r.bytes.total.br / 1024);
				push(`${route} JS KiB ${name}`, r.bytes.js.br / 1024);
				push(`${route} requests ${name}`, r.requests);
			}
	if (SLIDER)
		for (let i = 0; i < RUNS; i++)
			for (const route of ROUTES)
				for (const [name, prefix] of i % 2 ? Object.entries(VARIANTS).reverse() : Object.entries(VARIANTS)) {
					log(`slider ${name} ${route} ${i + 1}`);
					const r = await sliderRun(browser, server.origin + prefix + route, {
						cpu: CPU,
						presses: 40,
						minPresses: 5,
						capMs: 40_000
					});
					if (r.error) {
						log(`  ${r.error}`);
						continue;
					}
					push(
						`${route} key press p75 (${CPU}x) ${name}`,
						percentile(
							r.steps.map((s) => s.latency ?? 16),
							75
						)
					);
					push(`${route} step frame median (${CPU}x) ${name}`, median(r.steps.map((s) => s.frame)));
				}
} finally {
	await browser.close();
	await server.close();
}

const fmt = (x) => (x == null ? 'n/a' : Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(Math.abs(x) >= 10 ? 1 : 2));
const spread = (xs) => (xs?.length ? `${fmt(median(xs))} (${fmt(min(xs))}–${fmt(max(xs))})` : 'n/a');
const keys = [...new Set(Object.keys(figures).map((k) => k.replace(/ [AB]$/, '')))];
console.log(
	`A: ${a}\nB: ${b}\n${LOADS ? `mobile cold loads, ${RUNS} each, ` : ''}${SLIDER ? `key-press runs at CPU ${CPU}x, ${RUNS} each, ` : ''}alternating; medians (min–max)\n`
);
console.log(
	table(
		['figure', 'A', 'B', 'B − A'],
		keys.map((k) => {
			const [xa, xb] = [figures[`${k} A`], figures[`${k} B`]];
			const d = xa?.length && xb?.length ? median(xb) - median(xa) : null;
			return [k, spread(xa), spread(xb), d == null ? 'n/a' : `${d >= 0 ? '+' : ''}${fmt(d)}`];
		})
	)
);
process.exit(0);
