// Sums the JSON reports of lint and the type check, Vitest, Playwright and the Lighthouse accessibility run into one line:
// "N passed, N failed, N skipped".
// A runner that did not report (it crashed, or an earlier step failed) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

// Lint and the type check: one result each, written by .ci/run.
const checks = read('test-results/checks.json');
if (checks) {
	passed += checks.filter((c) => c.ok).length;
	failed += checks.filter((c) => !c.ok).length;
} else failed += 1;

const vitest = read('test-results/vitest.json');
if (vitest) {
	passed += vitest.numPassedTests;
	failed += vitest.numFailedTests;
	skipped += vitest.numPendingTests + vitest.numTodoTests;
	if (vitest.numFailedTestSuites > 0 && vitest.numFailedTests === 0) failed += vitest.numFailedTestSuites;
} else failed += 1;

const playwright = read('test-results/playwright.json');
if (playwright) {
	passed += playwright.stats.expected;
	failed += playwright.stats.unexpected + playwright.stats.flaky;
	skipped += playwright.stats.skipped;
	failed += playwright.errors?.length ?? 0;
} else failed += 1;

// Lighthouse accessibility: one result per page and theme; a page below 100 is a failure.
const lighthouse = read('test-results/lighthouse.json');
if (lighthouse) {
	passed += lighthouse.filter((r) => r.score === 100).length;
	failed += lighthouse.filter((r) => r.score !== 100).length;
} else failed += 1;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
