import { describe, expect, it } from 'vitest';
import { DOWNLOAD_FILES, downloadBody } from './downloads';
import { DATASET_VERSION } from './datasetInfo';
import type { Dataset } from './types';

const source = { url: 'https://example.org/a', title: 'A', publisher: 'P', date: '2020' };
const evidence = { sources: [source], verified: 'verified' as const };
const DATASET: Dataset = {
	providers: [{ id: 'x', name: 'X', headquarters: 'CN', ...evidence }],
	operators: [],
	jurisdictions: [{ code: 'CN', name: { en: 'China', fr: 'Chine' }, seat: [116.4, 39.9], ...evidence }],
	sites: [
		{
			id: 'x-1',
			provider: 'x',
			name: 'X One',
			region: 'x-1',
			city: 'Hangzhou',
			country: 'CN',
			coordinates: [120.2, 30.3],
			locationPrecision: 'city',
			opened: '2009',
			...evidence
		}
	],
	actions: [],
	flows: [],
	stories: []
};

describe('downloadBody', () => {
	it.each([
		{ file: 'dataset.json', type: /json/, starts: '{' },
		{ file: 'providers.json', type: /json/, starts: '[' },
		{ file: 'jurisdictions.json', type: /json/, starts: '[' },
		{ file: 'sites.json', type: /json/, starts: '[' },
		{ file: 'actions.json', type: /json/, starts: '[]' },
		{ file: 'flows.json', type: /json/, starts: '[]' },
		{ file: 'sites.csv', type: /csv/, starts: 'id,provider,operator,name,region' },
		{ file: 'actions.csv', type: /csv/, starts: 'id,date,kind' },
		{ file: 'flows.csv', type: /csv/, starts: 'flow,from,to' },
		{ file: 'providers.csv', type: /csv/, starts: 'id,name,headquarters' },
		{ file: 'operators.csv', type: /csv/, starts: 'id,name,headquarters' }
	])('$file', ({ file, type, starts }) => {
		const out = downloadBody(DATASET, file);
		expect(out?.type).toMatch(type);
		expect(out?.body.startsWith(starts)).toBe(true);
	});

	it.each(['nope.json', 'dataset.csv', '../sites.json', 'tiles.json', ''])('%j is not a download', (file) => {
		expect(downloadBody(DATASET, file)).toBeNull();
	});

	it('every listed file has a body', () => {
		for (const file of DOWNLOAD_FILES) expect(downloadBody(DATASET, file), file).not.toBeNull();
	});

	it('dataset.json holds every file, the version and the licence', () => {
		const doc = JSON.parse(downloadBody(DATASET, 'dataset.json')!.body);
		expect(doc.version).toBe(DATASET_VERSION);
		expect(doc.licence.name).toBe('CC BY 4.0');
		expect(doc.sites).toEqual(DATASET.sites);
		expect(Object.keys(doc)).toEqual(
			expect.arrayContaining(['providers', 'jurisdictions', 'sites', 'actions', 'flows'])
		);
	});

	it('a data file downloads as it was read', () => {
		expect(JSON.parse(downloadBody(DATASET, 'sites.json')!.body)).toEqual(DATASET.sites);
	});
});
