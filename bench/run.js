#!/usr/bin/env node
/**
 * npm run bench [-- --quick] [-- --no-build]
 *
 * Builds the site (or reuses build/ with --no-build), builds the 10,000-site fixture and the
 * peers' pages into bench/.work/, serves all of it from one local server, measures in
 * headless Chromium, prints one table and writes bench/results.json. Exits 0 whether or
 * not the budgets are met (1 only when it cannot measure at all). See bench/README.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer, precompress } from './serve.js';
import { launchBrowser, coldLoad, sliderRun, compressedSizes, PROFILES } from './measure.js';
import { writePeers } from './peers.js';
import { buildBig, BIG_SITES, BIG_ACTIONS } from './fixture.js';
import { summary, percentile, median, max, kib, ms, fixed, spread, table } from './stats.js';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);
const WORK = path.join(BENCH, '.work');
const BUILD_SRC = path.join(ROOT, 'build');
/** The snapshot of build/ that is served and measured (see below). */
const BUILD = path.join(BENCH, '.work', 'site-build');
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

const log = (...a) => console.error('[bench]', ...a);
const t00 = performance.now();

// ---------------------------------------------------------------------------- build

/** Waits while another `vite build` runs in this checkout (it would clobber build/). */
async function waitForOtherBuilds(maxMs = 240_000) {
	const started = Date.now();
	for (;;) {
		let busy = false;
		for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
			if (Number(pid) === process.pid) continue;
			try {
				const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
				if (!/vite(\.js)?\s+build/.test(cmd)) continue;
				if (fs.readlinkSync(`/proc/${pid}/cwd`) === ROOT) busy = true;
			} catch {
				/* gone */
			}
		}
		if (!busy) return;
		if (Date.now() - started > maxMs) return log('another build is still running; going ahead');
		log('another build is running in this checkout; waiting…');
		await new Promise((ok) => setTimeout(ok, 3000));
	}
}

function runBuild() {
	return new Promise((ok) => {
		const t0 = performance.now();
		const child = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		child.on('close', (code) => ok({ ok: code === 0, ms: performance.now() - t0, log: out }));
	});
}

function walk(dir, out = []) {
	for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) walk(p, out);
		else out.push(p);
	}
	return out;
}

function largestPage(dir) {
	const pages = walk(dir).filter((f) => f.endsWith('.html'));
	let best = null;
	for (const f of pages) {
		const size = fs.statSync(f).size;
		if (!best || size > best.raw) best = { file: path.relative(dir, f), raw: size };
	}
	if (best) Object.assign(best, compressedSizes(fs.readFileSync(path.join(dir, best.file))));
	return { pages: pages.length, largest: best };
}

const result = {
	meta: {
		date: new Date().toISOString(),
		mode: QUICK ? 'quick' : 'full',
		loadsPerProfile: RUNS,
		presses: PRESSES,
		node: process.version,
		chromium: null,
		cpus: (await import('node:os')).cpus().length,
		profiles: PROFILES
	},
	build: {},
	routes: {},
	peers: {},
	slider: {},
	budgets: []
};

await waitForOtherBuilds();
if (NO_BUILD) {
	result.build = { skipped: true };
	log('--no-build: using the existing build/');
} else {
	log('npm run build…');
	let b = await runBuild();
	if (!b.ok) {
		log('build failed; waiting and retrying once (another engineer may be building)');
		await new Promise((ok) => setTimeout(ok, 5000));
		await waitForOtherBuilds();
		b = await runBuild();
	}
	result.build = { ok: b.ok, ms: b.ms };
	if (!b.ok) {
		log('npm run build failed:\n' + b.log.split('\n').slice(-25).join('\n'));
		result.build.error = b.log.split('\n').slice(-25).join('\n');
	}
}
fs.mkdirSync(WORK, { recursive: true });
// Other engineers build in this checkout too: measure a snapshot of build/, taken now.
const SNAPSHOT = path.join(WORK, 'site-build');
for (let attempt = 1; ; attempt++) {
	await waitForOtherBuilds();
	if (!fs.existsSync(path.join(BUILD_SRC, 'index.html'))) {
		console.error('No build/index.html: nothing to measure. Run `npm run build` (or fix it) first.');
		process.exit(1);
	}
	try {
		fs.rmSync(SNAPSHOT, { recursive: true, force: true });
		fs.cpSync(BUILD_SRC, SNAPSHOT, { recursive: true });
		break;
	} catch (e) {
		if (attempt >= 3) throw e;
		log('build/ changed while it was being copied; retrying');
		await new Promise((ok) => setTimeout(ok, 3000));
	}
}
Object.assign(result.build, largestPage(BUILD));

// ---------------------------------------------------------------------------- routes

const exists = (p) => fs.existsSync(path.join(BUILD, p, 'index.html'));
let eventRoute = null;
if (fs.existsSync(path.join(BUILD, 'events'))) {
	let ids = [];
	try {
		ids = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/actions.json'), 'utf8')).map((a) => a.id);
	} catch {
		/* fall back to any built event */
	}
	const built = fs
		.readdirSync(path.join(BUILD, 'events'))
		.filter((d) => exists(`events/${d}`))
		.sort();
	const id = ids.find((i) => built.includes(i)) ?? built[0];
	if (id) eventRoute = `/events/${id}/`;
}
const ROUTES = [
	{ key: '/', path: '/', built: exists('') },
	{ key: '/embed', path: '/embed/', built: exists('embed') },
	{ key: '/fr/', path: '/fr/', built: exists('fr') },
	{ key: 'event', path: eventRoute ?? '/events/<id>/', built: eventRoute !== null }
];
const MAIN = ['/', '/embed'];
const routeOf = (key) => ROUTES.find((r) => r.key === key);

// ---------------------------------------------------------------------------- fixtures

fs.mkdirSync(WORK, { recursive: true });
const peers = writePeers(ROOT, WORK);
result.peers.setup = {
	timelinejs: `TimelineJS3 ${readVersion('@knight-lab/timelinejs')}, ${peers.events} events (data/actions.json), data inline, script_path local`,
	leaflet: `Leaflet ${readVersion('leaflet')}, ${peers.sites} circleMarkers (data/sites.json), world-atlas countries-110m pre-converted to GeoJSON, no tiles`,
	floor: 'one paragraph of text, no script, stylesheet or image: what any page pays in this profile and harness'
};
function readVersion(pkg) {
	try {
		return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
	} catch {
		return '?';
	}
}

const bigRoutes = MAIN.filter((k) => routeOf(k).built).map((k) => routeOf(k).path);
const BIG = path.join(WORK, 'big-build');
if (NO_BUILD && fs.existsSync(path.join(BIG, 'index.html'))) {
	result.build.big = { skipped: true };
	log('--no-build: reusing bench/.work/big-build');
} else {
	await waitForOtherBuilds();
	log(`building the ${BIG_SITES.toLocaleString('en')}-site fixture (bench/.work/big-build)…`);
	const b = buildBig(ROOT, WORK, bigRoutes);
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
	...MAIN.filter((k) => routeOf(k).built).map((k) => ({ key: k, path: routeOf(k).path, slider: true })),
	{ key: 'timelinejs', path: peers.timelinejs, slider: false },
	{ key: 'leaflet', path: peers.leaflet, slider: false },
	{ key: 'floor', path: peers.floor, slider: false }
];
const loads = Object.fromEntries(loadTargets.map((t) => [t.key, { desktop: [], mobile: [] }]));
try {
	for (const profile of [PROFILES.desktop, PROFILES.mobile]) {
		for (let i = 0; i < RUNS; i++) {
			for (const t of loadTargets) {
				log(`load ${t.key} ${profile.name} ${i + 1}/${RUNS}`);
				const r = await coldLoad(browser, url(t.path), profile, { origin: server.origin, slider: t.slider });
				if (r.error) log(`  ${t.key}: ${r.error}`);
				loads[t.key][profile.name].push(r);
			}
		}
	}
	// Bytes only (one mobile load) for the other routes.
	for (const k of ['/fr/', 'event']) {
		const r = routeOf(k);
		if (!r.built) continue;
		log(`load ${k} (${r.path}) mobile, bytes`);
		loads[k] = {
			mobile: [await coldLoad(browser, url(r.path), PROFILES.mobile, { origin: server.origin, slider: true })]
		};
	}

	// Slider steps.
	const sliderTargets = [];
	for (const k of MAIN.filter((k) => routeOf(k).built)) {
		sliderTargets.push({ key: k, data: 'real', path: routeOf(k).path });
		if (bigBuilt) sliderTargets.push({ key: k, data: 'big', path: '/__bench/big' + routeOf(k).path });
	}
	for (const t of sliderTargets)
		for (const cpu of [1, 4]) {
			log(`slider ${t.key} ${t.data} data, CPU ${cpu}x`);
			const r = await sliderRun(browser, url(t.path), {
				cpu,
				presses: PRESSES,
				capMs: SLIDER_CAP_MS,
				minPresses: t.data === 'big' ? 5 : 10
			});
			if (r.error) log(`  ${r.error}`);
			result.slider[`${t.key} ${t.data} ${cpu}x`] = r;
		}
} finally {
	await browser.close();
	await server.close();
}

// ---------------------------------------------------------------------------- figures

const ok = (runs) => (runs ?? []).filter((r) => !r.error);
function loadFigures(key) {
	const out = {};
	for (const p of ['desktop', 'mobile']) {
		const runs = ok(loads[key]?.[p]);
		if (!runs.length) continue;
		out[p] = {
			runs: runs.length,
			lcp: summary(runs.map((r) => r.lcp)),
			fcp: summary(runs.map((r) => r.fcp)),
			tbt: summary(runs.map((r) => r.tbt)),
			longestTask: summary(runs.map((r) => r.longestTask)),
			cls: summary(runs.map((r) => r.cls)),
			sliderResponds: summary(runs.map((r) => r.sliderResponds)),
			load: summary(runs.map((r) => r.load)),
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
for (const r of ROUTES)
	result.routes[r.key] = r.built ? { path: r.path, ...loadFigures(r.key) } : { path: r.path, built: false };
for (const k of ['timelinejs', 'leaflet', 'floor']) result.peers[k] = { path: peers[k], ...loadFigures(k) };

function sliderFigures(run) {
	if (!run || run.error) return run ? { error: run.error } : null;
	// Event Timing reports only interactions of 16 ms or more; a press without an entry counts as 16.
	const lat = run.steps.map((s) => s.latency ?? 16);
	return {
		presses: run.steps.length,
		latencyP75: percentile(lat, 75),
		latencyMax: max(lat),
		latencyUnder16: run.steps.filter((s) => s.latency == null).length,
		frame: {
			median: median(run.steps.map((s) => s.frame)),
			p95: percentile(
				run.steps.map((s) => s.frame),
				95
			),
			max: max(run.steps.map((s) => s.frame))
		},
		js: {
			median: median(run.steps.map((s) => s.js)),
			p95: percentile(
				run.steps.map((s) => s.js),
				95
			)
		},
		render: { median: median(run.steps.map((s) => s.render)) },
		jump: run.jump ? { frame: run.jump.frame, js: run.jump.js, latency: run.jump.latency ?? 16 } : null,
		markersAfterJump: run.markersAtEnd
	};
}
for (const [k, run] of Object.entries(result.slider))
	result.slider[k] = { ...sliderFigures(run), raw: run?.steps ? { steps: run.steps, jump: run.jump } : undefined };

// ---------------------------------------------------------------------------- budgets

const KI = 1024;
const BUDGETS = [
	{
		id: 'transfer',
		figure: 'total transfer, brotli',
		limit: { '/embed': 50 * KI, '/': 90 * KI },
		get: (k) => result.routes[k]?.bytes?.total.br,
		fmt: kib
	},
	{
		id: 'js',
		figure: 'JavaScript, brotli',
		limit: { '/embed': 30 * KI, '/': 45 * KI },
		get: (k) => result.routes[k]?.bytes?.js.br,
		fmt: kib
	},
	{
		id: 'requests',
		figure: 'requests',
		limit: { '/embed': 6, '/': 10 },
		get: (k) => result.routes[k]?.requests,
		fmt: String
	},
	{
		id: 'third-party',
		figure: 'third-party requests',
		limit: { '/embed': 0, '/': 0 },
		get: (k) => result.routes[k]?.thirdParty?.length,
		fmt: String
	},
	{
		id: 'lcp',
		figure: 'LCP, mobile',
		limit: { '/embed': 1200, '/': 1500 },
		get: (k) => result.routes[k]?.mobile?.lcp.median,
		fmt: ms
	},
	{
		id: 'tbt',
		figure: 'TBT, mobile',
		limit: { '/embed': 100, '/': 150 },
		get: (k) => result.routes[k]?.mobile?.tbt.median,
		fmt: ms
	},
	{
		id: 'longest',
		figure: 'longest task, mobile',
		limit: { '/embed': 120, '/': 150 },
		get: (k) => result.routes[k]?.mobile?.longestTask.median,
		fmt: ms
	},
	{
		id: 'cls',
		figure: 'CLS, mobile',
		limit: { '/embed': 0.005, '/': 0.005 },
		show: '0.00',
		get: (k) => result.routes[k]?.mobile?.cls.median,
		fmt: fixed(3)
	},
	{
		id: 'inp',
		figure: 'key press to next paint p75, real data, 4x',
		limit: { '/embed': 100, '/': 100 },
		get: (k) => result.slider[`${k} real 4x`]?.latencyP75,
		fmt: ms
	},
	{
		id: 'frame-real',
		figure: 'step frame median, real data, 4x',
		limit: { '/embed': 16, '/': 16 },
		get: (k) => result.slider[`${k} real 4x`]?.frame?.median,
		fmt: fixed(1)
	},
	{
		id: 'frame-big',
		figure: `step frame median, ${BIG_SITES.toLocaleString('en')} sites, 1x`,
		limit: { '/embed': 16, '/': 16 },
		get: (k) => result.slider[`${k} big 1x`]?.frame?.median,
		fmt: fixed(1)
	}
];
const RATIOS = [
	{
		id: 'transfer/timelinejs',
		figure: 'total transfer ÷ TimelineJS',
		limit: 0.6,
		of: (r) => ratio(r?.bytes?.total.br, result.peers.timelinejs.bytes?.total.br)
	},
	{
		id: 'lcp/timelinejs',
		figure: 'LCP (mobile) ÷ TimelineJS',
		limit: 0.3,
		of: (r) => ratio(r?.mobile?.lcp.median, result.peers.timelinejs.mobile?.lcp.median)
	},
	{
		id: 'lcp/leaflet',
		figure: 'LCP (mobile) ÷ Leaflet',
		limit: 0.5,
		of: (r) => ratio(r?.mobile?.lcp.median, result.peers.leaflet.mobile?.lcp.median)
	},
	{
		id: 'tbt/timelinejs',
		figure: 'TBT (mobile) ÷ TimelineJS',
		limit: 0.1,
		of: (r) => ratio(r?.mobile?.tbt.median, result.peers.timelinejs.mobile?.tbt.median)
	}
];
for (const b of RATIOS) b.get = (k) => b.of(result.routes[k]);
function ratio(a, b) {
	if (a == null || b == null) return null;
	if (b === 0) return a === 0 ? 0 : Infinity;
	return a / b;
}
const judge = (value, limit) => (value == null ? null : value <= limit);
for (const b of BUDGETS)
	for (const k of MAIN) {
		const value = routeOf(k).built ? (b.get(k) ?? null) : null;
		result.budgets.push({
			id: b.id,
			figure: b.figure,
			route: k,
			value,
			limit: b.limit[k],
			pass: judge(value, b.limit[k]),
			built: routeOf(k).built
		});
	}
for (const b of RATIOS)
	for (const k of MAIN) {
		const value = routeOf(k).built ? b.get(k) : null;
		result.budgets.push({
			id: b.id,
			figure: b.figure,
			route: k,
			value,
			limit: b.limit,
			pass: judge(value, b.limit),
			built: routeOf(k).built
		});
	}
const buildMs = result.build.ms ?? null;
result.budgets.push({
	id: 'build',
	figure: 'npm run build wall time',
	route: 'all',
	value: buildMs,
	limit: 90_000,
	pass: judge(buildMs, 90_000),
	built: true
});

// ---------------------------------------------------------------------------- report

const NA_ROUTE = 'n/a (route not built yet)';
const verdict = (id, k) => result.budgets.find((b) => b.id === id && b.route === k);
function cell(k, text, id) {
	if (!routeOf(k).built) return NA_ROUTE;
	const v = id ? verdict(id, k) : null;
	return v && v.pass === false ? `${text} ✗` : text;
}
function resultOf(id) {
	const vs = MAIN.map((k) => verdict(id, k)).filter((v) => v && v.pass !== null);
	if (!vs.length) return 'n/a';
	const failed = vs.filter((v) => !v.pass).map((v) => v.route);
	return failed.length ? `FAIL (${failed.join(', ')})` : 'pass';
}
const budgetText = (b) =>
	`≤ ${b.fmt === kib ? `${b.limit['/'] / KI} | ${b.limit['/embed'] / KI} KiB` : (b.show ?? (b.fmt === ms ? `${b.limit['/']} | ${b.limit['/embed']} ms` : `${b.limit['/']} | ${b.limit['/embed']}`))}`;
const B = Object.fromEntries(BUDGETS.map((b) => [b.id, b]));

const rows = [];
const R = (k) => result.routes[k];
const byteRow = (label, part, kind, id) =>
	rows.push([
		label,
		...MAIN.map((k) => cell(k, R(k)?.bytes ? kib(R(k).bytes[part][kind]) : 'n/a', id)),
		id ? budgetText(B[id]) : '',
		id ? resultOf(id) : ''
	]);
rows.push('BYTES (cold load, mobile profile; compressed with zlib: gzip -9, brotli q11)');
byteRow('total transfer, brotli', 'total', 'br', 'transfer');
byteRow('total transfer, gzip', 'total', 'gzip');
byteRow('total transfer, raw', 'total', 'raw');
for (const part of ['html', 'js', 'css', 'data', 'images', 'fonts', 'other']) {
	const anyBytes = [...MAIN, '/fr/', 'event'].some((k) => R(k)?.bytes?.[part]?.raw);
	if (!anyBytes && part !== 'data' && part !== 'images') continue;
	rows.push([
		`${part === 'js' ? 'JavaScript' : part.toUpperCase() === 'HTML' || part === 'css' ? part.toUpperCase() : part}, brotli (gzip / raw)`,
		...MAIN.map((k) =>
			cell(
				k,
				R(k)?.bytes
					? `${kib(R(k).bytes[part].br)} (${kib(R(k).bytes[part].gzip).replace(' KiB', '')} / ${kib(R(k).bytes[part].raw).replace(' KiB', '')})`
					: 'n/a',
				part === 'js' ? 'js' : null
			)
		),
		part === 'js' ? budgetText(B.js) : '',
		part === 'js' ? resultOf('js') : ''
	]);
}
rows.push([
	'requests',
	...MAIN.map((k) => cell(k, String(R(k)?.requests ?? 'n/a'), 'requests')),
	budgetText(B.requests),
	resultOf('requests')
]);
rows.push([
	'third-party requests',
	...MAIN.map((k) => cell(k, String(R(k)?.thirdParty?.length ?? 'n/a'), 'third-party')),
	'0 | 0',
	resultOf('third-party')
]);

for (const p of ['mobile', 'desktop']) {
	const budgeted = p === 'mobile';
	rows.push(
		p === 'mobile'
			? `LOADING, mobile (562.5 ms latency, 1.44/0.675 Mbps, CPU 4x, 412x823), cold cache, median (min–max) of ${RUNS}`
			: `LOADING, desktop (no throttling, 1350x940), cold cache, median (min–max) of ${RUNS}`
	);
	const lr = (label, f, fmt, id) =>
		rows.push([
			label,
			...MAIN.map((k) => cell(k, spread(R(k)?.[p]?.[f], fmt), budgeted ? id : null)),
			budgeted && id ? budgetText(B[id]) : '',
			budgeted && id ? resultOf(id) : ''
		]);
	lr('largest contentful paint', 'lcp', ms, 'lcp');
	lr('first contentful paint', 'fcp', ms);
	lr('total blocking time (long tasks > 50 ms)', 'tbt', ms, 'tbt');
	lr('longest task', 'longestTask', ms, 'longest');
	lr('cumulative layout shift', 'cls', fixed(3), 'cls');
	lr('time until the slider responds', 'sliderResponds', ms);
	lr('load event', 'load', ms);
}

rows.push(
	`SLIDER, real key presses (${PRESSES} steps of one month, then Home and the jump End), desktop viewport, no network throttling`
);
const S = (k, data, cpu) => result.slider[`${k} ${data} ${cpu}x`];
const sCell = (k, s, text, id) =>
	!routeOf(k).built ? NA_ROUTE : !s ? 'n/a' : s.error ? `error: ${s.error}` : cell(k, text(s), id);
for (const data of ['real', 'big'])
	for (const cpu of [1, 4]) {
		if (data === 'big' && !bigBuilt) continue;
		const label =
			data === 'real'
				? `real data, CPU ${cpu}x`
				: `${BIG_SITES.toLocaleString('en')} sites + ${BIG_ACTIONS.toLocaleString('en')} actions, CPU ${cpu}x`;
		const inpId = data === 'real' && cpu === 4 ? 'inp' : null;
		const frameId = data === 'real' && cpu === 4 ? 'frame-real' : data === 'big' && cpu === 1 ? 'frame-big' : null;
		rows.push([
			`${label}: key press to next paint p75 (max)`,
			...MAIN.map((k) =>
				sCell(
					k,
					S(k, data, cpu),
					(s) => `${ms(s.latencyP75)} (${ms(s.latencyMax)})${s.presses < PRESSES ? ` [${s.presses} presses]` : ''}`,
					inpId
				)
			),
			inpId ? budgetText(B.inp) : '',
			inpId ? resultOf('inp') : ''
		]);
		rows.push([
			`${label}: step frame median (p95), ms`,
			...MAIN.map((k) =>
				sCell(k, S(k, data, cpu), (s) => `${s.frame.median.toFixed(1)} (${s.frame.p95.toFixed(1)})`, frameId)
			),
			frameId ? '≤ 16 | 16 ms' : '',
			frameId ? resultOf(frameId) : ''
		]);
		rows.push([
			`${label}: step JS median (p95), ms`,
			...MAIN.map((k) => sCell(k, S(k, data, cpu), (s) => `${s.js.median.toFixed(1)} (${s.js.p95.toFixed(1)})`)),
			'',
			''
		]);
		rows.push([
			`${label}: jump Home→End frame / to paint`,
			...MAIN.map((k) =>
				sCell(k, S(k, data, cpu), (s) => (s.jump ? `${s.jump.frame.toFixed(1)} / ${ms(s.jump.latency)}` : 'n/a'))
			),
			'',
			''
		]);
	}

rows.push('BUILD');
rows.push([
	'npm run build, wall time',
	NO_BUILD ? 'not run (--no-build)' : result.build.ok ? ms(result.build.ms) : `failed after ${ms(result.build.ms)}`,
	'',
	'≤ 90 s',
	buildMs == null ? 'n/a' : buildMs <= 90_000 ? 'pass' : 'FAIL'
]);
const lp = result.build.largest;
rows.push([
	'largest prerendered page',
	lp ? `${lp.file}: ${kib(lp.raw)} raw, ${kib(lp.br)} brotli` : 'n/a',
	`${result.build.pages} pages`,
	'',
	''
]);
if (result.build.big && !result.build.big.skipped)
	rows.push([
		`fixture build (${BIG_SITES.toLocaleString('en')} sites), wall time`,
		result.build.big.ok ? ms(result.build.big.ms) : 'failed',
		result.build.big.page ? `${kib(result.build.big.page.raw)} raw page` : '',
		'',
		''
	]);

rows.push('OTHER ROUTES (bytes, one cold mobile load)');
for (const k of ['/fr/', 'event']) {
	const r = R(k);
	const name = k === 'event' ? `event page ${routeOf(k).path}` : k;
	if (!routeOf(k).built) {
		rows.push([name, NA_ROUTE, '', '', '']);
		continue;
	}
	if (!r.bytes) {
		rows.push([name, `error: ${r.errors?.join('; ')}`, '', '', '']);
		continue;
	}
	rows.push([
		name,
		`${kib(r.bytes.total.br)} brotli, ${r.requests} req`,
		`HTML ${kib(r.bytes.html.br)}, JS ${kib(r.bytes.js.br)}, CSS ${kib(r.bytes.css.br)}`,
		'',
		r.thirdParty.length ? `${r.thirdParty.length} third-party` : ''
	]);
}

console.log(
	`\nData Borders bench — ${result.meta.date}, Chromium ${result.meta.chromium}, ${result.meta.cpus} CPUs, ${QUICK ? 'QUICK (1 load per profile)' : `${RUNS} loads per profile`}`
);
console.log('✗ = misses its budget; budgets are "/ | /embed".\n');
console.log(table(['figure', '/', '/embed', 'budget', 'result'], rows));

// Peers
const P = result.peers;
const peerRows = [];
const pc = (x, f) => (x == null ? 'n/a' : f(x));
const cols = (get) => [
	get(P.timelinejs),
	get(P.leaflet),
	...MAIN.map((k) => (routeOf(k).built ? get(R(k)) : NA_ROUTE)),
	get(P.floor)
];
peerRows.push('BYTES');
peerRows.push(['total transfer, brotli', ...cols((r) => pc(r?.bytes?.total.br, kib))]);
peerRows.push(['JavaScript, brotli', ...cols((r) => pc(r?.bytes?.js.br, kib))]);
peerRows.push(['CSS + fonts, brotli', ...cols((r) => pc(r?.bytes ? r.bytes.css.br + r.bytes.fonts.br : null, kib))]);
peerRows.push(['data, brotli', ...cols((r) => pc(r?.bytes?.data.br, kib))]);
peerRows.push([
	'requests (third-party)',
	...cols((r) => (r?.bytes ? `${r.requests} (${r.thirdParty.length})` : 'n/a'))
]);
for (const p of ['mobile', 'desktop']) {
	peerRows.push(`LOADING, ${p}, median (min–max) of ${RUNS}`);
	peerRows.push(['largest contentful paint', ...cols((r) => spread(r?.[p]?.lcp, ms))]);
	peerRows.push(['total blocking time', ...cols((r) => spread(r?.[p]?.tbt, ms))]);
	peerRows.push(['longest task', ...cols((r) => spread(r?.[p]?.longestTask, ms))]);
	peerRows.push(['cumulative layout shift', ...cols((r) => spread(r?.[p]?.cls, fixed(3)))]);
}
console.log('\nPEERS, same run, same server');
console.log(table(['figure', 'TimelineJS', 'Leaflet', 'ours /', 'ours /embed', 'floor page'], peerRows));
console.log(`floor page: ${result.peers.setup.floor}.`);
const ratioRows = RATIOS.map((b) => [
	b.figure,
	...MAIN.map((k) => {
		const v = verdict(b.id, k);
		if (!routeOf(k).built) return NA_ROUTE;
		return v.value == null
			? 'n/a'
			: `${v.value === Infinity ? '∞' : v.value.toFixed(2)}${v.pass === false ? ' ✗' : ''}`;
	}),
	pc(b.of(P.floor), (x) => x.toFixed(2)),
	`≤ ${b.limit}`,
	resultOf(b.id)
]);
console.log('');
console.log(table(['ours ÷ peer (mobile)', '/', '/embed', 'floor page', 'budget', 'result'], ratioRows));
const tp = P.timelinejs.thirdParty ?? [];
if (tp.length) console.log(`\nTimelineJS third-party requests (blocked by the bench): ${tp.join(', ')}`);
for (const k of [...MAIN, '/fr/', 'event']) {
	const r = R(k);
	if (r?.thirdParty?.length) console.log(`${k}: third-party requests: ${r.thirdParty.join(', ')}`);
	if (r?.failed?.length) console.log(`${k}: failed requests: ${r.failed.join(', ')}`);
}

const misses = result.budgets.filter((b) => b.pass === false);
console.log(
	`\n${misses.length} budget${misses.length === 1 ? '' : 's'} missed of ${result.budgets.filter((b) => b.pass !== null).length} measured; ${result.budgets.filter((b) => b.pass === null).length} not measurable yet.`
);
result.meta.wallMs = performance.now() - t00;
fs.writeFileSync(path.join(BENCH, 'results.json'), JSON.stringify(result, null, '\t') + '\n');
console.log(`Wrote bench/results.json. Bench wall time ${ms(result.meta.wallMs)}.`);
process.exit(0);
