/**
 * Theme tokens read from src/app.css, the one place they are defined: every colour there is
 * a `--name: light-dark(light, dark)` pair. Build-time images and the contrast test use this
 * to know the colours without a browser.
 */

/** One token's colour in each theme. */
export interface TokenPair {
	light: string;
	dark: string;
}

const TOKEN = /--([\w-]+):\s*light-dark\(\s*(#[0-9a-fA-F]{3,8})\s*,\s*(#[0-9a-fA-F]{3,8})\s*\)/g;

/**
 * Reads every `--name: light-dark(#light, #dark)` declaration of a stylesheet.
 * @example parseThemeTokens(':root { --ink: light-dark(#111, #eee); }') // { ink: { light: '#111', dark: '#eee' } }
 */
export function parseThemeTokens(css: string): Record<string, TokenPair> {
	const tokens: Record<string, TokenPair> = {};
	for (const [, name, light, dark] of css.matchAll(TOKEN)) tokens[name] = { light, dark };
	return tokens;
}

/** The tokens of one theme as CSS custom properties, for a standalone SVG's stylesheet. */
export function themeDeclarations(tokens: Record<string, TokenPair>, theme: 'light' | 'dark'): string {
	return Object.entries(tokens)
		.map(([name, pair]) => `--${name}:${pair[theme]};`)
		.join('');
}

/** The tokens a map image uses (MapSnapshot), resolved per theme at build time or in the browser. */
export const IMAGE_TOKENS = [
	'paper',
	'ink',
	'ink-soft',
	'land',
	'sea',
	'border',
	'highlight',
	'highlight-to',
	'reach',
	'flow-framework',
	'flow-contested',
	'flow-none',
	'flow-restricted',
	'action-recent',
	'action-old',
	'marker-stroke',
	'marker-text',
	'focus',
	'p0',
	'p1',
	'p2',
	'p3',
	'p4',
	'p5',
	'p6',
	'p7',
	'p8'
] as const;
