/**
 * How the build grows with the data: `node bench/scale.js [sites]` builds the whole site (every
 * page, as `npm run build` does) with the real data plus generated sites up to `sites` (20,000
 * by default) and the real actions, then prints the build's wall time, its size on disk and the
 * size of the pages that matter. Not part of `npm run bench`: at 20,000 sites it takes minutes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { copyWithData, generateBigData } from './fixture.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sites = Number(process.argv[2] ?? 20_000);
if (!Number.isInteger(sites) || sites < 1) {
	console.error('usage: node bench/scale.js [number of sites]');
	process.exit(2);
}
const srcDir = path.join(root, 'bench/.work/scale-src');
const realActions = JSON.parse(fs.readFileSync(path.join(root, 'data/actions.json'), 'utf8')).length;
copyWithData(root, srcDir, generateBigData(path.join(root, 'data'), { sites, actions: realActions }));

const t0 = performance.now();
const run = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
	cwd: srcDir,
	encoding: 'utf8',
	maxBuffer: 256 * 1024 * 1024,
	env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=6144' }
});
const seconds = (performance.now() - t0) / 1000;
if (run.status !== 0) {
	console.error(`${run.stdout}\n${run.stderr}`);
	process.exit(1);
}

const out = path.join(srcDir, 'build');
/** Every file under `dir` with its size. */
function files(dir) {
	return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((e) => {
		if (!e.isFile()) return [];
		const file = path.join(e.parentPath, e.name);
		return [{ file: path.relative(out, file), bytes: fs.statSync(file).size }];
	});
}
const all = files(out);
const sum = (list) => list.reduce((n, f) => n + f.bytes, 0);
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const size = (file) => all.find((f) => f.file === file)?.bytes ?? 0;
const events = all.filter((f) => /^events\/[^/]+\/(index\.html|__data\.json)$/.test(f.file));
const largest = (suffix) => Math.max(0, ...events.filter((f) => f.file.endsWith(suffix)).map((f) => f.bytes));
const rows = [
	['sites, actions', `${sites.toLocaleString('en')}, ${realActions}`],
	['build, wall time', `${seconds.toFixed(0)} s`],
	['build, size on disk (files)', `${mb(sum(all))} (${all.length})`],
	['event pages, all (en)', mb(sum(events))],
	['largest event page, HTML', mb(largest('index.html'))],
	['largest event page, __data.json', mb(largest('__data.json'))],
	['explorer /', mb(size('index.html'))],
	['/embed/', mb(size('embed/index.html'))],
	['/data/', mb(size('data/index.html'))]
];
for (const [figure, value] of rows) console.log(`${figure.padEnd(34)} ${value}`);
