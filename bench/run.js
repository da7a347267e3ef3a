#!/usr/bin/env node
/**
 * npm run bench [-- --quick] [-- --no-build]
 *
 * Builds the site (or reuses build/ with --no-build), builds the 10,000-site fixture and the
 * peers' pages into bench/.work/, serves all of it from one local server, measures in headless
 * Chromium, judges the budgets (budgets.js), prints the tables (report.js) and writes
 * bench/results.json. Exits 0 whether or not the budgets are met (1 only when it cannot measure
 * at all). See bench/README.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, precompress } from './serve.js';
import { launchBrowser, coldLoad, sliderRun, PROFILES } from './measure.js';
import { writePeers } from './peers.js';
import { buildBig, BIG_SITES } from './fixture.js';
import { buildSite, largestPage, routesOf, snapshot } from './build.js';
import { judge } from './budgets.js';
import { printReport } from './report.js';
import { summary, percentile, median, max } from './stats.js';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);
const WORK = path.join(BENCH, '.work');
/** The snapshot of build/ that is served and measured. */
const BUILD = path.join(WORK, 'site-build');
const BIG = path.join(WORK, 'big-build');
const args = new Set(process.argv.slice(2));
if (args.has('--help') || args.has('-h')) {
	console.log(
		'usage: npm run bench [-- --quick] [-- --no-build]\n  --quick     one load per profile, 20 key presses per slider run\n  --no-build  reuse build/ (and bench/.work/big-build if present)'
	);
	process.exit(0);
}
const QUICK = args.has('--quick');
const NO_BUILD = args.has('--no-build');
const RUNS = QUICK ? 1 : 3;
const PRESSES = QUICK ? 20 : 100;
/** A slider run stops pressing after this long (the 10,000-site page at 4x is slow); the count is reported. */
const SLIDER_CAP_MS = QUICK ? 15_000 : 40_000;
/** The routes the budgets are for. */
const MAIN = ['/', '/embed'];

const log = (...a) => console.error('[bench]', ...a);
const t00 = performance.now();
const readVersion = (pkg) => {
	try {
		return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
	} catch {
		return '?';
	}
};

const result = {
	meta: {
		date: new Date().toISOString(),
		mode: QUICK ? 'quick' : 'full',
		loadsPerProfile: RUNS,
		presses: PRESSES,
		node: process.version,
		chromium: null,
		cpus: os.cpus().length,
		profiles: PROFILES
	},
	build: {},
	routes: {},
	peers: {},
	slider: {},
	budgets: []
};

// ---------------------------------------------------------------------------- builds

if (NO_BUILD) {
	result.build = { skipped: true };
	log('--no-build: using the existing build/');
} else {
	log('npm run build…');
	result.build = await buildSite(ROOT);
}
fs.mkdirSync(WORK, { recursive: true });
if (!(await snapshot(ROOT, path.join(ROOT, 'build'), BUILD))) {
	console.error('No build/index.html: nothing to measure. Run `npm run build` (or fix it) first.');
	process.exit(1);
}
Object.assign(result.build, largestPage(BUILD));
const routes = routesOf(BUILD, ROOT);
const routeOf = (key) => routes.find((r) => r.key === key);
const mainBuilt = MAIN.filter((k) => routeOf(k).built);

const peers = writePeers(ROOT, WORK);
result.peers.setup = {
	timelinejs: `TimelineJS3 ${readVersion('@knight-lab/timelinejs')}, ${peers.events} events (data/actions.json), data inline, script_path local`,
	leaflet: `Leaflet ${readVersion('leaflet')}, ${peers.sites} circleMarkers (data/sites.json), world-atlas countries-110m pre-converted to GeoJSON, no tiles`,
	floor: 'one paragraph of text, no script, stylesheet or image: what any page pays in this profile and harness'
};

if (NO_BUILD && fs.existsSync(path.join(BIG, 'index.html'))) {
	result.build.big = { skipped: true };
	log('--no-build: reusing bench/.work/big-build');
} else {
	log(`building the ${BIG_SITES.toLocaleString('en')}-site fixture (bench/.work/big-build)…`);
	const b = buildBig(
		ROOT,
		WORK,
		mainBuilt.map((k) => routeOf(k).path)
	);
	result.build.big = { ok: b.ok, ms: b.ms, sites: b.sites, actions: b.actions };
	if (!b.ok) {
		result.build.big.error = b.log.split('\n').slice(-30).join('\n');
		log('fixture build failed:\n' + result.build.big.error);
	}
}
const bigBuilt = fs.existsSync(path.join(BIG, 'index.html'));
if (bigBuilt) result.build.big.page = largestPage(BIG).largest;

// ---------------------------------------------------------------------------- measure

const server = await startServer([
	{ prefix: '/', dir: BUILD },
	{ prefix: '/__bench/peers/', dir: path.join(WORK, 'peers') },
	{ prefix: '/__bench/big/', dir: BIG, compress: false }
]);
precompress(BUILD);
precompress(path.join(WORK, 'peers'));
const browser = await launchBrowser();
result.meta.chromium = browser.version();
const url = (p) => server.origin + p;

const loadTargets = [
	...mainBuilt.map((k) => ({ key: k, path: routeOf(k).path, slider: true })),
	{ key: 'timelinejs', path: peers.timelinejs, slider: false },
	{ key: 'leaflet', path: peers.leaflet, slider: false },
	{ key: 'floor', path: peers.floor, slider: false }
];
const loads = Object.fromEntries(loadTargets.map((t) => [t.key, { desktop: [], mobile: [] }]));
try {
	// Alternating targets within each round, so a drift in the machine's speed hits all alike.
	for (const profile of [PROFILES.desktop, PROFILES.mobile])
		for (let i = 0; i < RUNS; i++)
			for (const t of loadTargets) {
				log(`load ${t.key} ${profile.name} ${i + 1}/${RUNS}`);
				const r = await coldLoad(browser, url(t.path), profile, { origin: server.origin, slider: t.slider });
				if (r.error) log(`  ${t.key}: ${r.error}`);
				loads[t.key][profile.name].push(r);
			}
	// Bytes only (one mobile load) for the other routes.
	for (const r of routes.filter((r) => !MAIN.includes(r.key) && r.built)) {
		log(`load ${r.key} (${r.path}) mobile, bytes`);
		loads[r.key] = {
			mobile: [await coldLoad(browser, url(r.path), PROFILES.mobile, { origin: server.origin, slider: true })]
		};
	}
	for (const k of mainBuilt)
		for (const data of bigBuilt ? ['real', 'big'] : ['real'])
			for (const cpu of [1, 4]) {
				log(`slider ${k} ${data} data, CPU ${cpu}x`);
				const r = await sliderRun(browser, url((data === 'big' ? '/__bench/big' : '') + routeOf(k).path), {
					cpu,
					presses: PRESSES,
					capMs: SLIDER_CAP_MS,
					minPresses: data === 'big' ? 5 : 10
				});
				if (r.error) log(`  ${r.error}`);
				result.slider[`${k} ${data} ${cpu}x`] = r;
			}
} finally {
	await browser.close();
	await server.close();
}

// ---------------------------------------------------------------------------- figures

const ok = (runs) => (runs ?? []).filter((r) => !r.error);
/** A target's loads summed up: medians per profile, and the bytes of its first mobile load. */
function loadFigures(key) {
	const out = {};
	for (const p of ['desktop', 'mobile']) {
		const runs = ok(loads[key]?.[p]);
		if (!runs.length) continue;
		const of = (f) => summary(runs.map((r) => r[f]));
		out[p] = {
			runs: runs.length,
			lcp: of('lcp'),
			fcp: of('fcp'),
			tbt: of('tbt'),
			longestTask: of('longestTask'),
			cls: of('cls'),
			sliderResponds: of('sliderResponds'),
			load: of('load'),
			requests: max(runs.map((r) => r.requests)),
			lcpElement: runs[0].lcpElement
		};
	}
	const all = [...ok(loads[key]?.desktop), ...ok(loads[key]?.mobile)];
	const first = ok(loads[key]?.mobile)[0] ?? all[0];
	if (first) {
		out.bytes = first.bytes;
		out.files = first.files;
		out.requests = max(all.map((r) => r.requests));
		out.thirdParty = [...new Set(all.flatMap((r) => r.thirdParty))];
		out.failed = [...new Set(all.flatMap((r) => [...r.failed, ...r.notOk]))];
	}
	out.errors = [...(loads[key]?.desktop ?? []), ...(loads[key]?.mobile ?? [])]
		.filter((r) => r.error)
		.map((r) => r.error);
	return out;
}
for (const r of routes)
	result.routes[r.key] = r.built ? { path: r.path, ...loadFigures(r.key) } : { path: r.path, built: false };
for (const k of ['timelinejs', 'leaflet', 'floor']) result.peers[k] = { path: peers[k], ...loadFigures(k) };

/** A slider run summed up; Event Timing reports only interactions of 16 ms or more, so a press without an entry counts as 16. */
function sliderFigures(run) {
	if (!run || run.error) return run ? { error: run.error } : null;
	const lat = run.steps.map((s) => s.latency ?? 16);
	const frames = run.steps.map((s) => s.frame);
	const js = run.steps.map((s) => s.js);
	return {
		presses: run.steps.length,
		latencyP75: percentile(lat, 75),
		latencyMax: max(lat),
		latencyUnder16: run.steps.filter((s) => s.latency == null).length,
		frame: { median: median(frames), p95: percentile(frames, 95), max: max(frames) },
		js: { median: median(js), p95: percentile(js, 95) },
		render: { median: median(run.steps.map((s) => s.render)) },
		jump: run.jump ? { frame: run.jump.frame, js: run.jump.js, latency: run.jump.latency ?? 16 } : null,
		markersAfterJump: run.markersAtEnd,
		raw: { steps: run.steps, jump: run.jump }
	};
}
for (const [k, run] of Object.entries(result.slider)) result.slider[k] = sliderFigures(run);

result.budgets = judge(result, mainBuilt);
printReport(result, { main: MAIN, routes, runs: RUNS, presses: PRESSES, quick: QUICK, noBuild: NO_BUILD, bigBuilt });
result.meta.wallMs = performance.now() - t00;
fs.writeFileSync(path.join(BENCH, 'results.json'), JSON.stringify(result, null, '\t') + '\n');
console.log(`Wrote bench/results.json. Bench wall time ${Math.round(result.meta.wallMs / 1000)} s.`);
process.exit(0);
