/**
 * The bench-only data fixture: 10,000 sites and 2,000 actions, generated deterministically
 * (seeded PRNG) on top of the real dataset, and a build of the site with it in
 * bench/.work/big-build. Never shipped: the project is copied to bench/.work/big-src
 * (node_modules symlinked), the data written there, and `vite build` run in the copy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

export const BIG_SITES = 10_000;
export const BIG_ACTIONS = 2_000;
/** The fixture build is abandoned (and its slider runs skipped) after this long. */
export const BIG_BUILD_TIMEOUT_MS = 300_000;

// The dataset's own vocabulary (src/lib/data/types.ts), loaded through Vite's module runner. The
// runner sets NODE_ENV to development for this process, which the builds the bench spawns would
// inherit (and then build for development): it is put back as it was.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nodeEnv = process.env.NODE_ENV;
const { module: vocabulary } = await runnerImport(path.join(ROOT, 'src/lib/data/types.ts'), {
	configFile: false,
	root: ROOT,
	logLevel: 'error'
});
if (nodeEnv === undefined) delete process.env.NODE_ENV;
else process.env.NODE_ENV = nodeEnv;
const KINDS = vocabulary.ACTION_KINDS;
const PRECISIONS = vocabulary.LOCATION_PRECISIONS;
const GENERATED_NOTE = { en: 'Generated for the bench.', fr: 'Généré pour le banc d’essai.' };

/** mulberry32: a small seeded PRNG, so every run generates the same data. */
function prng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pad = (n) => String(n).padStart(2, '0');

/**
 * Generates the fixture's data files (as parsed arrays) from the real ones in `dataDir`:
 * `size.sites` sites and `size.actions` actions in all, the real records included.
 */
export function generateBigData(dataDir, size = { sites: BIG_SITES, actions: BIG_ACTIONS }, seed = 20220118) {
	const read = (f) => JSON.parse(fs.readFileSync(path.join(dataDir, `${f}.json`), 'utf8'));
	const providers = read('providers');
	const operators = read('operators');
	const jurisdictions = read('jurisdictions');
	const sites = read('sites');
	const actions = read('actions');
	const flows = read('flows');
	// The real stories: they cite real records, which the fixture keeps.
	const stories = read('stories');
	const rand = prng(seed);
	const pick = (list) => list[Math.floor(rand() * list.length)];
	const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
	const round4 = (x) => Math.round(x * 1e4) / 1e4;
	const providerIds = providers.map((p) => p.id);
	const codes = jurisdictions.map((j) => j.code);
	const countries = codes.filter((c) => c !== 'EU');
	const source = (kind, i, year) => [
		{
			url: `https://example.org/bench/${kind}/${i}`,
			title: `Generated ${kind} ${i}`,
			publisher: 'Data Borders bench',
			date: String(year)
		}
	];

	const outSites = [...sites];
	for (let i = 0; outSites.length < size.sites; i++) {
		const year = int(2000, 2025);
		const month = int(1, 12);
		const site = {
			id: `bench-site-${i}`,
			provider: pick(providerIds),
			name: `Bench region ${i}`,
			region: rand() < 0.8 ? `bench-${i}` : null,
			city: `City ${int(1, 2000)}`,
			country: pick(countries),
			coordinates: [round4(-170 + rand() * 340), round4(-55 + rand() * 125)],
			locationPrecision: pick(PRECISIONS),
			opened: `${year}-${pad(month)}`,
			sources: source('site', i, year),
			verified: 'unverified',
			note: GENERATED_NOTE
		};
		if (rand() < 0.05) {
			const closeYear = Math.min(2025, year + int(1, 6));
			site.closed = `${closeYear}-${pad(closeYear === year ? 12 : int(1, 12))}`;
		}
		outSites.push(site);
	}

	const outActions = [...actions];
	for (let i = 0; outActions.length < size.actions; i++) {
		const year = int(2000, 2025);
		const jurisdiction = pick(codes);
		outActions.push({
			id: `bench-action-${i}`,
			date: `${year}-${pad(int(1, 12))}-${pad(int(1, 28))}`,
			jurisdiction,
			actor: ((n) => ({ en: `Bench authority ${n}`, fr: `Autorité du banc d’essai ${n}` }))(int(1, 300)),
			kind: pick(KINDS),
			title: { en: `Generated action ${i} on cloud data`, fr: `Action générée ${i} sur les données du cloud` },
			summary: {
				en: `A generated regulatory action used only by the bench to show how the cost of the page grows with the data (${i}).`,
				fr: `Une action réglementaire générée, utilisée seulement par le banc d'essai pour montrer comment le coût croît avec les données (${i}).`
			},
			place: { name: `Seat ${int(1, 500)}`, coordinates: [round4(-170 + rand() * 340), round4(-55 + rand() * 125)] },
			targets: rand() < 0.3 ? { providers: [pick(providerIds)] } : undefined,
			sources: source('action', i, year),
			verified: 'unverified',
			note: GENERATED_NOTE
		});
		if (outActions.at(-1).targets === undefined) delete outActions.at(-1).targets;
	}
	return { providers, operators, jurisdictions, sites: outSites, actions: outActions, flows, stories };
}

const COPY_SKIP = new Set([
	'node_modules',
	'build',
	'.svelte-kit',
	'bench',
	'.git',
	'tests',
	'test-results',
	'playwright-report',
	'data'
]);

/**
 * Copies the project to `srcDir` (node_modules symlinked) with `data` as its data files.
 * Returns `data`.
 */
export function copyWithData(root, srcDir, data) {
	fs.rmSync(srcDir, { recursive: true, force: true });
	fs.mkdirSync(srcDir, { recursive: true });
	for (const entry of fs.readdirSync(root)) {
		if (COPY_SKIP.has(entry) || entry.endsWith('.log')) continue;
		fs.cpSync(path.join(root, entry), path.join(srcDir, entry), { recursive: true });
	}
	fs.symlinkSync(path.join(root, 'node_modules'), path.join(srcDir, 'node_modules'), 'dir');
	fs.mkdirSync(path.join(srcDir, 'data'));
	for (const [file, records] of Object.entries(data))
		fs.writeFileSync(path.join(srcDir, 'data', `${file}.json`), JSON.stringify(records, null, '\t') + '\n');
	return data;
}

/**
 * Copies the project to `srcDir` (without node_modules, build output, tests and bench),
 * writes the generated data there, limits prerendering to the pages the bench loads, and
 * builds it into `outDir`. Returns { ok, ms, log, pages }.
 */
export function buildBig(root, workDir, routes) {
	const srcDir = path.join(workDir, 'big-src');
	const outDir = path.join(workDir, 'big-build');
	const data = copyWithData(root, srcDir, generateBigData(path.join(root, 'data')));

	// Prerender only the pages the bench loads, not 4,000 event pages of 11 MB each: drop the
	// other routes from the copy (route-level `entries` are prerendered whatever the config
	// says), then wrap the real config to prerender only `routes`, without crawling.
	const keep = (name) => name === 'embed' || name.startsWith('[[lang') || name.startsWith('(');
	const prune = (dir) => {
		for (const e of fs.readdirSync(dir, { withFileTypes: true }))
			if (e.isDirectory()) {
				if (keep(e.name)) prune(path.join(dir, e.name));
				else fs.rmSync(path.join(dir, e.name), { recursive: true, force: true });
			}
	};
	prune(path.join(srcDir, 'src/routes'));
	fs.renameSync(path.join(srcDir, 'svelte.config.js'), path.join(srcDir, 'svelte.config.orig.js'));
	fs.writeFileSync(
		path.join(srcDir, 'svelte.config.js'),
		`// Written by bench/fixture.js: the project's config, prerendering only the bench's pages.
import adapter from '@sveltejs/adapter-static';
import config from './svelte.config.orig.js';
config.kit.adapter = adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: false });
config.kit.prerender = {
	...config.kit.prerender,
	entries: ${JSON.stringify(routes)},
	crawl: false,
	handleHttpError: 'warn',
	handleMissingId: 'ignore',
	handleUnseenRoutes: 'ignore'
};
export default config;
`
	);
	const t0 = performance.now();
	const run = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: srcDir,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		timeout: BIG_BUILD_TIMEOUT_MS,
		killSignal: 'SIGKILL',
		env: {
			...process.env,
			NODE_OPTIONS: [process.env.NODE_OPTIONS, '--max-old-space-size=4096'].filter(Boolean).join(' ')
		}
	});
	const ms = performance.now() - t0;
	const log = `${run.stdout ?? ''}\n${run.stderr ?? ''}`;
	if (run.error?.code === 'ETIMEDOUT' || run.signal)
		return {
			ok: false,
			ms,
			log: `${log}\nfixture build stopped after ${Math.round(ms / 1000)} s`,
			sites: data.sites.length,
			actions: data.actions.length
		};
	if (run.status !== 0) return { ok: false, ms, log, sites: data.sites.length, actions: data.actions.length };
	fs.rmSync(outDir, { recursive: true, force: true });
	fs.renameSync(path.join(srcDir, 'build'), outDir);
	return { ok: true, ms, log, sites: data.sites.length, actions: data.actions.length };
}
