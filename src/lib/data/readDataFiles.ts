/**
 * Reads the text of every data file from a folder, for the validator (Node only: the build's
 * plugin, `npm run validate` and the tests; the site itself imports the files through Vite).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, type DataFile } from './types.ts';

/** The text of each data file in `folder`; a missing file reads as an error-bearing empty text. */
export function readDataFiles(folder: string): Record<DataFile, string> {
	const texts = {} as Record<DataFile, string>;
	for (const file of DATA_FILES) texts[file] = readFileSync(join(folder, `${file}.json`), 'utf8');
	return texts;
}
