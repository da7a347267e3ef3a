import { describe, expect, it } from 'vitest';
import { EMBED_ENTRY, embedEntry, entryFiles } from './embedEntry';

describe('entryFiles', () => {
	const manifest = {
		[EMBED_ENTRY]: { file: '_app/immutable/entry/embed.A.js', imports: ['_svelte.js', '_app.js'] },
		'_svelte.js': { file: '_app/immutable/chunks/S.js', imports: ['_helpers.js'] },
		'_app.js': { file: '_app/immutable/chunks/P.js', imports: ['_svelte.js', '_helpers.js'] },
		'_helpers.js': { file: '_app/immutable/chunks/H.js' },
		'_router.js': { file: '_app/immutable/chunks/R.js' }
	};

	it('gives the entry and every chunk it imports, each once, and nothing else', () => {
		const { file, preload } = entryFiles(manifest);
		expect(file).toBe('_app/immutable/entry/embed.A.js');
		expect(preload.sort()).toEqual([
			'_app/immutable/chunks/H.js',
			'_app/immutable/chunks/P.js',
			'_app/immutable/chunks/S.js'
		]);
	});

	it('says what is wrong when the build has no embed entry', () => {
		expect(() => entryFiles({})).toThrow(/src\/lib\/embed\/client\.ts is not in the client build's manifest/);
	});

	it('serves the source file in development', () => {
		expect(embedEntry(true)).toEqual({ file: EMBED_ENTRY, preload: [] });
	});
});
