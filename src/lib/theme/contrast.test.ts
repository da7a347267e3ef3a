import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { parseThemeTokens } from './tokens';

const TOKENS = parseThemeTokens(readFileSync('src/app.css', 'utf8'));

describe('contrastRatio', () => {
	it.each([
		['#000000', '#ffffff', 21],
		['#ffffff', '#ffffff', 1],
		['#767676', '#ffffff', 4.54]
	])('%s on %s is %f', (a, b, ratio) => {
		expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
	});
});

// Which colours are read on which backgrounds, and the WCAG 2.2 AA minimum for each.
const TEXT = 4.5;
const GRAPHIC = 3;
const PAIRS: [string, string, number][] = [
	['ink', 'paper', TEXT],
	['ink-soft', 'paper', TEXT],
	['ink', 'note-bg', TEXT],
	['ink-soft', 'note-bg', TEXT],
	['focus', 'paper', TEXT], // links are drawn in the focus colour
	['ok', 'paper', TEXT],
	['warn', 'paper', TEXT],
	['focus', 'sea', GRAPHIC],
	['focus', 'land', GRAPHIC],
	['action-recent', 'land', GRAPHIC],
	['action-recent', 'sea', GRAPHIC],
	['action-old', 'sea', GRAPHIC],
	...['framework', 'contested', 'none', 'restricted'].flatMap((s): [string, string, number][] => [
		[`flow-${s}`, 'sea', GRAPHIC],
		[`flow-${s}`, 'paper', GRAPHIC]
	]),
	// Markers sit on sea, land, and shaded countries (a jurisdiction, or a flow's two ends).
	...['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'action-recent', 'action-old'].flatMap((fg) =>
		['sea', 'land', 'highlight', 'highlight-to', 'paper'].map((bg): [string, string, number] => [fg, bg, GRAPHIC])
	)
];

describe('the theme meets WCAG 2.2 AA', () => {
	for (const theme of ['light', 'dark'] as const) {
		it.each(PAIRS)(`${theme}: %s on %s reaches %f:1`, (fg, bg, minimum) => {
			expect(TOKENS[fg], fg).toBeDefined();
			expect(TOKENS[bg], bg).toBeDefined();
			expect(contrastRatio(TOKENS[fg][theme], TOKENS[bg][theme])).toBeGreaterThanOrEqual(minimum);
		});
	}
});
