/**
 * The dataset's downloadable files, generated at build time under /data/download/: the whole
 * dataset as one JSON document (with its version and licence), each data file as it is, and
 * each table as CSV. The list drives both the prerendered endpoint and the data page's links.
 */
import { toCsv } from './csv';
import { CHANGELOG, DATASET_AS_OF, DATASET_VERSION, LICENCES } from './datasetInfo';
import {
	ACTION_COLUMNS,
	FLOW_PERIOD_COLUMNS,
	OPERATOR_COLUMNS,
	PROVIDER_COLUMNS,
	SITE_COLUMNS,
	flowPeriodRows
} from './exportColumns';
import { DATA_FILES, type DataFile, type Dataset } from './types';

/** A file name under /data/download/. */
export const DOWNLOAD_FILES = [
	'dataset.json',
	...DATA_FILES.map((f) => `${f}.json` as const),
	'sites.csv',
	'actions.csv',
	'flows.csv',
	'providers.csv',
	'operators.csv'
] as const;
export type DownloadFile = (typeof DOWNLOAD_FILES)[number];

/** The CSV tables, in the order the data page lists them. */
export const CSV_TABLES = ['sites', 'actions', 'flows', 'providers', 'operators'] as const;

export const CONTENT_TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

/** JSON as the data files are written: tab-indented, with a final newline. */
export const toJson = (value: unknown): string => JSON.stringify(value, null, '\t') + '\n';

/** The whole dataset as one document, with what a reuser needs to cite it. */
export function datasetDocument(dataset: Dataset) {
	return {
		name: 'Data Borders',
		version: DATASET_VERSION,
		released: CHANGELOG[0]?.date,
		asOf: DATASET_AS_OF,
		licence: LICENCES.data,
		providers: dataset.providers,
		operators: dataset.operators,
		jurisdictions: dataset.jurisdictions,
		sites: dataset.sites,
		actions: dataset.actions,
		flows: dataset.flows,
		stories: dataset.stories
	};
}

/**
 * The body and content type of one download; null for a name that is not one.
 * @example downloadBody(dataset, 'sites.csv')?.body.split('\r\n')[0] // "id,provider,name,…"
 */
export function downloadBody(dataset: Dataset, file: string): { body: string; type: string } | null {
	const json = (value: unknown) => ({ body: toJson(value), type: CONTENT_TYPES.json });
	const csv = (body: string) => ({ body, type: CONTENT_TYPES.csv });
	if (file === 'dataset.json') return json(datasetDocument(dataset));
	if (file === 'sites.csv') return csv(toCsv(dataset.sites, SITE_COLUMNS));
	if (file === 'actions.csv') return csv(toCsv(dataset.actions, ACTION_COLUMNS));
	if (file === 'flows.csv') return csv(toCsv(flowPeriodRows(dataset.flows), FLOW_PERIOD_COLUMNS));
	if (file === 'providers.csv') return csv(toCsv(dataset.providers, PROVIDER_COLUMNS));
	if (file === 'operators.csv') return csv(toCsv(dataset.operators, OPERATOR_COLUMNS));
	const name = file.replace(/\.json$/, '');
	if (file.endsWith('.json') && (DATA_FILES as readonly string[]).includes(name))
		return json(dataset[name as DataFile]);
	return null;
}
