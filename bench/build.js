/** Building the site for the bench, and a snapshot of it to measure. */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { compressedSizes } from './measure.js';

const log = (...a) => console.error('[bench]', ...a);

/** Waits while another `vite build` runs in `root` (it would clobber build/). */
export async function waitForOtherBuilds(root, maxMs = 240_000) {
	const started = Date.now();
	for (;;) {
		let busy = false;
		for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
			if (Number(pid) === process.pid) continue;
			try {
				const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
				if (!/vite(\.js)?\s+build/.test(cmd)) continue;
				if (fs.readlinkSync(`/proc/${pid}/cwd`) === root) busy = true;
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

/** `npm run build` in `root`: whether it succeeded, its wall time and its output. */
export function runBuild(root) {
	return new Promise((ok) => {
		const t0 = performance.now();
		const child = spawn('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		child.on('close', (code) => ok({ ok: code === 0, ms: performance.now() - t0, log: out }));
	});
}

/** Builds, retrying once after a pause (another engineer may be building): { ok, ms, error? }. */
export async function buildSite(root) {
	await waitForOtherBuilds(root);
	let b = await runBuild(root);
	if (!b.ok) {
		log('build failed; waiting and retrying once (another engineer may be building)');
		await new Promise((ok) => setTimeout(ok, 5000));
		await waitForOtherBuilds(root);
		b = await runBuild(root);
	}
	const out = { ok: b.ok, ms: b.ms };
	if (!b.ok) {
		out.error = b.log.split('\n').slice(-25).join('\n');
		log('npm run build failed:\n' + out.error);
	}
	return out;
}

/** Copies `build` to `dest` (other engineers build in this checkout too: measure a snapshot). */
export async function snapshot(root, build, dest) {
	for (let attempt = 1; ; attempt++) {
		await waitForOtherBuilds(root);
		if (!fs.existsSync(path.join(build, 'index.html'))) return false;
		try {
			fs.rmSync(dest, { recursive: true, force: true });
			fs.cpSync(build, dest, { recursive: true });
			return true;
		} catch (e) {
			if (attempt >= 3) throw e;
			log('build/ changed while it was being copied; retrying');
			await new Promise((ok) => setTimeout(ok, 3000));
		}
	}
}

function walk(dir, out = []) {
	for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) walk(p, out);
		else out.push(p);
	}
	return out;
}

/** How many pages `dir` holds, and the largest one's sizes. */
export function largestPage(dir) {
	const pages = walk(dir).filter((f) => f.endsWith('.html'));
	let best = null;
	for (const f of pages) {
		const size = fs.statSync(f).size;
		if (!best || size > best.raw) best = { file: path.relative(dir, f), raw: size };
	}
	if (best) Object.assign(best, compressedSizes(fs.readFileSync(path.join(dir, best.file))));
	return { pages: pages.length, largest: best };
}

/** The pages the bench loads: the two it budgets (MAIN) and two it only weighs. */
export function routesOf(build, root) {
	const exists = (p) => fs.existsSync(path.join(build, p, 'index.html'));
	let eventRoute = null;
	if (fs.existsSync(path.join(build, 'events'))) {
		let ids = [];
		try {
			ids = JSON.parse(fs.readFileSync(path.join(root, 'data/actions.json'), 'utf8')).map((a) => a.id);
		} catch {
			/* fall back to any built event */
		}
		const built = fs
			.readdirSync(path.join(build, 'events'))
			.filter((d) => exists(`events/${d}`))
			.sort();
		const id = ids.find((i) => built.includes(i)) ?? built[0];
		if (id) eventRoute = `/events/${id}/`;
	}
	return [
		{ key: '/', path: '/', built: exists('') },
		{ key: '/embed', path: '/embed/', built: exists('embed') },
		{ key: '/fr/', path: '/fr/', built: exists('fr') },
		{ key: 'event', path: eventRoute ?? '/events/<id>/', built: eventRoute !== null }
	];
}
