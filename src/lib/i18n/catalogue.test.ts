import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EMBED_KEEPS, EMBED_ROUTE, messagesFor, NOT_IN_EMBED } from './catalogue';
import { MESSAGES } from './messages';

const keys = (route: string | null) => Object.keys(messagesFor('fr', route));
const all = Object.keys(MESSAGES.fr);

describe('messagesFor', () => {
	it('leaves the data page’s, the slides’ and the story builder’s own messages out of the explorer and the embed', () => {
		for (const route of ['/[[lang=lang]]', '/[[lang=lang]]/embed', '/[[lang=lang]]/events/[id]', null]) {
			const shipped = keys(route);
			expect(shipped.filter((k) => /^(dataPage|present|builder)\./.test(k))).toEqual([]);
			const left = all.filter((k) => !shipped.includes(k) && !/^(dataPage|present|builder)\./.test(k));
			if (route === EMBED_ROUTE) expect(left.every((k) => NOT_IN_EMBED.some((p) => k.startsWith(p)))).toBe(true);
			else expect(left).toEqual([]);
		}
	});

	it('gives each section its own messages', () => {
		expect(keys('/[[lang=lang]]/data')).toContain('dataPage.title');
		expect(keys('/[[lang=lang]]/data').some((k) => k.startsWith('present.'))).toBe(false);
		for (const route of ['/[[lang=lang]]/present', '/[[lang=lang]]/present/[story]/handout']) {
			expect(keys(route)).toContain('present.title');
			expect(keys(route).some((k) => k.startsWith('dataPage.'))).toBe(false);
		}
	});

	it('matches the code: only files of a section name its own messages', () => {
		const files = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
				e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|svelte)$/.test(e.name) ? [join(dir, e.name)] : []
			);
		const sections: [RegExp, RegExp][] = [
			[/['"`]dataPage\./, /routes\/\[\[lang=lang\]\]\/data\/|components\/data\//],
			[/['"`](present|builder)\./, /routes\/\[\[lang=lang\]\]\/present\/|lib\/present\/|components\/present\//]
		];
		const outside = files('src').filter(
			(file) =>
				!/(messages|catalogue)\.ts$|\.test\.ts$/.test(file) &&
				sections.some(([uses, home]) => uses.test(readFileSync(file, 'utf8')) && !home.test(file))
		);
		expect(outside).toEqual([]);
	});

	it('ships the embed every message its script can show: none of what it leaves out is named in a file the script imports', () => {
		// The embed's script and everything it imports, statically or on demand.
		const seen = new Set<string>();
		const queue = [resolve('src/lib/boot/embed.ts')];
		while (queue.length > 0) {
			const file = queue.pop()!;
			if (seen.has(file)) continue;
			seen.add(file);
			const code = readFileSync(file, 'utf8');
			for (const [, spec] of code.matchAll(/(?:from|import\(|import)\s*['"]([^'"]+)['"]/g)) {
				if (!spec.startsWith('.') && !spec.startsWith('$lib/')) continue;
				const base = spec.startsWith('$lib/') ? resolve('src/lib', spec.slice(5)) : resolve(dirname(file), spec);
				const found = [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')].find((f) => {
					try {
						return readFileSync(f) && /\.(ts|js|svelte)$/.test(f);
					} catch {
						return false;
					}
				});
				if (found && !/\.test\.ts$|messages\.ts$|catalogue\.ts$/.test(found)) queue.push(found);
			}
		}
		const files = [...seen];
		// Sanity: the crawl reaches the map, the slider and the record view loaded on demand.
		for (const name of ['WorldMap.svelte', 'TimelineSlider.svelte', 'SelectionDetails.svelte'])
			expect(files.some((f) => f.endsWith(name))).toBe(true);
		const left = all.filter((k) => !keys(EMBED_ROUTE).includes(k) && !/^(dataPage|present|builder)\./.test(k));
		expect(left.length).toBeGreaterThan(50);
		const named = files.flatMap((file) => {
			// Comments name messages in examples; only code shows them.
			const code = readFileSync(file, 'utf8')
				.replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g, '')
				.replace(/^\s*\/\/.*$/gm, '');
			const families = [...code.matchAll(/['"`]([a-zA-Z]+\.(?:[a-zA-Z-]+\.)*)(?:\$\{|['"`]\s*\+)/g)].map((m) => m[1]);
			return left
				.filter((k) => code.includes(`'${k}'`) || code.includes(`"${k}"`) || families.some((f) => k.startsWith(f)))
				.map((k) => `${k} in ${file}`);
		});
		expect(named).toEqual([]);
		expect(EMBED_KEEPS.every((k) => keys(EMBED_ROUTE).includes(k))).toBe(true);
	});
});
