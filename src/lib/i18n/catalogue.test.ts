import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messagesFor } from './catalogue';
import { MESSAGES } from './messages';

const keys = (route: string | null) => Object.keys(messagesFor('fr', route));
const all = Object.keys(MESSAGES.fr);

describe('messagesFor', () => {
	it('leaves the data page’s and the slides’ own messages out of the explorer and the embed', () => {
		for (const route of ['/[[lang=lang]]', '/[[lang=lang]]/embed', '/[[lang=lang]]/events/[id]', null]) {
			const shipped = keys(route);
			expect(shipped.filter((k) => k.startsWith('dataPage.') || k.startsWith('present.'))).toEqual([]);
			expect(all.filter((k) => !shipped.includes(k)).every((k) => /^(dataPage|present)\./.test(k))).toBe(true);
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
			[/['"`]present\./, /routes\/\[\[lang=lang\]\]\/present\/|lib\/present\//]
		];
		const outside = files('src').filter(
			(file) =>
				!/(messages|catalogue)\.ts$|\.test\.ts$/.test(file) &&
				sections.some(([uses, home]) => uses.test(readFileSync(file, 'utf8')) && !home.test(file))
		);
		expect(outside).toEqual([]);
	});
});
