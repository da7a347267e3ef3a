import { describe, expect, it } from 'vitest';
import { BOOT_ID, bootBlock, readBoot, type PageBoot } from './boot';
import type { WireModel } from '../data/wire';

const boot = (over: Partial<PageBoot> = {}): PageBoot => ({
	lang: 'en',
	base: '..',
	messages: { 'site.title': 'Data Borders' },
	countries: { US: 'United States' },
	// A stand-in: the block carries whatever the model holds (tested in wire.test.ts).
	model: { lang: 'en', sites: [{ id: 'a', name: 'Ashburn \u2028 <b>' }] } as unknown as WireModel,
	...over
});

/** The JSON text of a block, as the browser's textContent gives it. */
const textOf = (block: string) =>
	/^<script type="application\/json" id="page-boot">([\s\S]*)<\/script>$/.exec(block)![1];

describe('bootBlock and readBoot', () => {
	it('carry the page data to the entry script unchanged', () => {
		const data = boot({ other: { lang: 'fr', messages: { 'embed.creditLink': 'Voir' } } });
		const block = bootBlock(data);
		expect(block).toContain(`id="${BOOT_ID}"`);
		expect(readBoot(textOf(block))).toEqual({ boot: JSON.parse(JSON.stringify(data)) });
	});

	it('cannot be closed or opened by a string in the data', () => {
		const hostile = '</script><script>alert(1)</script><!--';
		const block = bootBlock(boot({ messages: { 'site.title': hostile } }));
		// One closing tag only, the block's own; the string comes back intact.
		expect(block.match(/<\/script/gi)).toHaveLength(1);
		expect(block).not.toContain('<!--');
		const read = readBoot(textOf(block));
		expect('boot' in read && read.boot.messages['site.title']).toBe(hostile);
	});

	it.each<[string, string | null | undefined, string]>([
		['no block', null, 'no boot data on the page'],
		['an empty block', '', 'no boot data on the page'],
		['garbled JSON', '{"lang":"en",', 'the boot data is not JSON'],
		['an array', '[1,2]', 'the boot data is not an object'],
		['a string', '"en"', 'the boot data is not an object'],
		['another language', JSON.stringify({ ...boot(), lang: 'de' }), 'the boot data has no language'],
		['no base', JSON.stringify({ ...boot(), base: 3 }), 'the boot data has no base path'],
		[
			'no model',
			JSON.stringify({ ...boot(), model: null }),
			'the boot data lacks messages, country names or the map model'
		],
		[
			'other-language messages in another shape',
			JSON.stringify({ ...boot(), other: { lang: 'fr', messages: 'x' } }),
			'the boot data has other-language messages in the wrong shape'
		],
		[
			'messages as a list',
			JSON.stringify({ ...boot(), messages: [] }),
			'the boot data lacks messages, country names or the map model'
		]
	])('reads %s as an error, not a crash', (_, text, error) => {
		expect(readBoot(text)).toEqual({ error });
	});
});
