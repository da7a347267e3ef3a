import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseThemeTokens, themeDeclarations } from './tokens';

describe('parseThemeTokens', () => {
	it('reads light-dark pairs', () => {
		expect(
			parseThemeTokens(':root { --ink: light-dark(#111, #eeeeee); --x: 3px; --p0:light-dark(#c85200,#ff9a4d) }')
		).toEqual({
			ink: { light: '#111', dark: '#eeeeee' },
			p0: { light: '#c85200', dark: '#ff9a4d' }
		});
	});

	it('finds the palette the components use in app.css', () => {
		const tokens = parseThemeTokens(readFileSync('src/app.css', 'utf8'));
		for (const name of ['paper', 'ink', 'land', 'sea', 'focus', 'action-recent', 'p0', 'p7', 'flow-none'])
			expect(tokens[name], name).toBeDefined();
	});

	it('writes one theme as custom properties', () => {
		expect(themeDeclarations({ ink: { light: '#111', dark: '#eee' } }, 'dark')).toBe('--ink:#eee;');
	});
});
