import { describe, expect, it } from 'vitest';
import { ENTRIES, entryFiles, pageEntry } from './entries';

describe('entryFiles', () => {
	const manifest = {
		[ENTRIES.embed]: { file: '_app/immutable/entry/embed.A.js', imports: ['_svelte.js', '_app.js'] },
		'_svelte.js': { file: '_app/immutable/chunks/S.js', imports: ['_helpers.js'] },
		'_app.js': { file: '_app/immutable/chunks/P.js', imports: ['_svelte.js', '_helpers.js'] },
		'_helpers.js': { file: '_app/immutable/chunks/H.js' },
		'_router.js': { file: '_app/immutable/chunks/R.js' }
	};

	it('gives the entry and every chunk it imports, each once, and nothing else', () => {
		const { file, preload } = entryFiles(manifest, ENTRIES.embed);
		expect(file).toBe('_app/immutable/entry/embed.A.js');
		expect(preload.sort()).toEqual([
			'_app/immutable/chunks/H.js',
			'_app/immutable/chunks/P.js',
			'_app/immutable/chunks/S.js'
		]);
	});

	it('says what is wrong when the build has no such entry', () => {
		expect(() => entryFiles(manifest, ENTRIES.explorer)).toThrow(
			/src\/lib\/boot\/explorer\.ts is not in the client build's manifest/
		);
	});

	it('serves the source file in development', () => {
		expect(pageEntry('explorer', true)).toEqual({ file: ENTRIES.explorer, preload: [] });
	});
});
