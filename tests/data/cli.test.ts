/**
 * The data commands as a contributor meets them: `npm run validate` on a fresh clone (no
 * .svelte-kit/ yet) and on a broken file, and `vite build` on invalid data, which must print the
 * one-line messages and no stack trace.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve('.');

/** A copy of what a fresh clone has (no .svelte-kit/, no build/), with node_modules linked. */
function freshClone(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'data-borders-clone-'));
	for (const entry of [
		'package.json',
		'svelte.config.js',
		'tsconfig.json',
		'vite.config.ts',
		'src',
		'scripts',
		'static'
	])
		cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
	// The small valid fixture stands for data/: these tests are about the commands, not the data.
	cpSync(path.join(ROOT, 'tests/fixtures/valid'), path.join(dir, 'data'), { recursive: true });
	symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
	return dir;
}

const run = (cwd: string, args: string[]) =>
	spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 120_000 });
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

// Each test spawns Node (and two spawn a build): slow on a busy two-core machine.
describe('the data commands on a fresh clone', { timeout: 300_000 }, () => {
	const clone = freshClone();
	const sites = path.join(clone, 'data', 'sites.json');
	const valid = readFileSync(sites, 'utf8');

	it('validates data/ without .svelte-kit/ having been generated', () => {
		const out = run(clone, ['scripts/validate.js']);
		expect(out.stderr).not.toMatch(STACK);
		expect(out.stdout).toMatch(/^data\/ is valid: \d+ providers/m);
		expect(out.status).toBe(0);
	});

	it('names file, record and field for a bad value, with no stack trace', () => {
		writeFileSync(sites, valid.replace(/"opened": "[^"]+"/, '"opened": "2016-13"'));
		const out = run(clone, ['scripts/validate.js']);
		expect(out.status).toBe(1);
		expect(out.stderr).toMatch(
			/^The dataset is invalid \(1 error\):\n {2}data\/sites\.json: [a-z0-9-]+\.opened: "2016-13" is not a date/
		);
		expect(out.stderr).not.toMatch(STACK);
	});

	it('stops `vite build` on the same error with the message alone', () => {
		writeFileSync(sites, valid.replace(/"opened": "[^"]+"/, '"opened": "2016-13"'));
		const out = run(clone, ['node_modules/vite/bin/vite.js', 'build']);
		expect(out.status).not.toBe(0);
		expect(out.stderr).toContain('The dataset is invalid (1 error):');
		expect(out.stderr).not.toMatch(STACK);
	}, 120_000);

	it('builds without SITE_URL: says once what it leaves out, and no file points at a local server', () => {
		writeFileSync(sites, valid);
		const env = { ...process.env };
		delete env.SITE_URL;
		const out = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
			cwd: clone,
			encoding: 'utf8',
			timeout: 240_000,
			env
		});
		expect(out.status, out.stderr).toBe(0);
		expect(`${out.stdout}${out.stderr}`.match(/SITE_URL is not set/g)).toHaveLength(1);
		const files = readdirSync(path.join(clone, 'build'), { recursive: true, encoding: 'utf8' }).filter((f) =>
			/\.(html|json|js|svg)$/.test(f)
		);
		const local = files.filter((f) =>
			/localhost|127\.0\.0\.1|sveltekit-prerender/.test(readFileSync(path.join(clone, 'build', f), 'utf8'))
		);
		expect(local).toEqual([]);
		const home = readFileSync(path.join(clone, 'build', 'index.html'), 'utf8');
		expect(home).not.toContain('og:image');
		expect(files.filter((f) => f.startsWith('oembed'))).toEqual([]);
	}, 240_000);

	afterAll(() => rmSync(clone, { recursive: true, force: true }));
});
