/**
 * Every page the build writes is valid HTML by the Nu HTML Checker (vnu-jar, run on the
 * machine's Java). The checker does not know three CSS properties of SVG that browsers support,
 * and reports them as errors: those are listed here and left out; anything else fails.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { test, expect } from '@playwright/test';

/** The checker's known false positives: SVG presentation properties it does not list. */
const KNOWN_FALSE_POSITIVES = [
	/^CSS: “vector-effect”: Property “vector-effect” doesn't exist\.$/,
	/^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/,
	/^CSS: “r”: Property “r” doesn't exist\.$/
];

test('every built page passes the Nu HTML Checker', () => {
	test.setTimeout(180_000);
	const jar = String(createRequire(import.meta.url)('vnu-jar'));
	const pages = readdirSync('build', { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => path.join('build', file));
	expect(pages.length).toBeGreaterThan(50);
	const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...pages], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	expect(run.error, 'java could not be started').toBeUndefined();
	const { messages } = JSON.parse(run.stderr || '{"messages": []}') as {
		messages: { type: string; url: string; message: string; lastLine?: number }[];
	};
	const errors = messages
		.filter((m) => m.type === 'error' && !KNOWN_FALSE_POSITIVES.some((known) => known.test(m.message)))
		.map((m) => `${m.url.replace(/^.*\/build\//, 'build/')}:${m.lastLine ?? '?'}: ${m.message}`);
	expect(errors).toEqual([]);
});

test('no built file points at a local server', () => {
	const local = /localhost|127\.0\.0\.1|sveltekit-prerender/;
	const offenders = readdirSync('build', { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(html|json|js|svg|css|txt|xml)$/.test(file) || file === '_headers')
		.filter((file) => local.test(readFileSync(path.join('build', file), 'utf8')));
	expect(offenders).toEqual([]);
});
