// Lighthouse's accessibility audit on every route, in English and French, light and dark, on
// the built site (npm run build first). Each page must score 100; a page below 100 lists the
// audits that failed. Writes test-results/lighthouse.json (read by .ci/summary.js) and exits
// 1 if any page scored below 100. Usage: node scripts/lighthouse.js [--only /present/]
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const stories = JSON.parse(readFileSync('data/stories.json', 'utf8')).map((s) => s.id);
const event = JSON.parse(readFileSync('data/actions.json', 'utf8'))[0].id;
const ROUTES = [
	'/',
	'/data/',
	`/events/${event}/`,
	'/embed/',
	'/present/',
	`/present/${stories[0]}/`,
	`/present/${stories[0]}/presenter/`,
	`/present/${stories[0]}/handout/`
].flatMap((path) => [path, `/fr${path}`]);
/**
 * Accessibility only, on a desktop screen, with short waits (half a second of quiet after load,
 * for hydration) rather than the long ones performance audits need. Flags, not config: flags win.
 */
const SETTINGS = {
	onlyCategories: ['accessibility'],
	formFactor: 'desktop',
	screenEmulation: { mobile: false, width: 1280, height: 900, deviceScaleFactor: 1, disabled: false },
	// Simulated throttling: the page loads at full speed (and the waits above are honoured).
	throttlingMethod: 'simulate',
	pauseAfterFcpMs: 1,
	pauseAfterLoadMs: 500,
	networkQuietThresholdMs: 1,
	cpuQuietThresholdMs: 500,
	skipAboutBlank: true
};
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;

/** Serves build/ with the end-to-end tests' plain static server on a free port. */
async function serve() {
	const server = spawn(process.execPath, ['tests/e2e/serve.js', 'build', '0']);
	const line = await new Promise((resolve) => server.stdout.once('data', (chunk) => resolve(String(chunk))));
	return { origin: /http:\/\/[^/\s]+/.exec(line)[0], close: () => server.kill() };
}

const server = await serve();
const results = [];
try {
	for (const scheme of ['light', 'dark']) {
		// Blink's preferred colour scheme: 0 is dark, 1 is light (what prefers-color-scheme reads).
		const chrome = await chromeLauncher.launch({
			chromePath: CHROMIUM_PATH,
			chromeFlags: [
				'--headless=new',
				...CHROMIUM_ARGS,
				`--blink-settings=preferredColorScheme=${scheme === 'dark' ? 0 : 1}`
			]
		});
		try {
			for (const path of ROUTES.filter((p) => !only || p.includes(only))) {
				const result = await lighthouse(`${server.origin}${path}`, {
					...SETTINGS,
					port: chrome.port,
					output: 'json',
					logLevel: process.env.LH_LOG ?? 'error'
				});
				if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
				const { lhr } = result;
				const score = Math.round((lhr.categories.accessibility.score ?? 0) * 100);
				const failing = Object.values(lhr.audits)
					.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
					.map((a) => a.id);
				results.push({ path, scheme, score, failing });
				console.log(
					`${score === 100 ? 'ok  ' : 'FAIL'} ${String(score).padStart(3)}  ${scheme.padEnd(5)} ${path}${failing.length ? `  (${failing.join(', ')})` : ''}`
				);
			}
		} finally {
			await chrome.kill();
		}
	}
} finally {
	server.close();
}

mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/lighthouse.json', JSON.stringify(results, null, '\t') + '\n');
const failed = results.filter((r) => r.score < 100);
console.log(`Lighthouse accessibility: ${results.length - failed.length} of ${results.length} pages at 100`);
process.exit(failed.length ? 1 : 0);
