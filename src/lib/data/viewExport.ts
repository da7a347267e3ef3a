/**
 * The data visible in a view, as one table (CSV) or one document (JSON): the sites open, the
 * actions taken and the flows in force at the view's date, after its filters, each with its
 * evidence level, every source and its own permalink, under a header that says which view,
 * which dataset version, what licence and how to cite it. What a reader downloads from
 * "Download the data of this view".
 */
import type {
	ActionView,
	FlowPeriodView,
	FlowView,
	OperatorView,
	ProviderView,
	RecordDetails,
	SiteView
} from './model';
import type { Source } from './types';
import type { Lang } from '../i18n/lang';
import type { Citations } from './citation';
import { toCsv, type CsvColumn } from './csv';
import { isoOfDay } from '../time/partialDate';
import { eventPath, explorerPath } from '../url/recordLinks';

/** What a view shows, already worked out by the explorer, and what the files say about it. */
export interface VisibleData {
	lang: Lang;
	date: number;
	compare: { from: number; to: number } | null;
	/** The view's absolute address. */
	url: string;
	/** The site's absolute root, without a trailing slash: records' permalinks start with it. */
	site: string;
	sites: SiteView[];
	actions: ActionView[];
	flows: { flow: FlowView; period: FlowPeriodView }[];
	providers: ProviderView[];
	operators: OperatorView[];
	/** Jurisdiction names by code. */
	jurisdictions: ReadonlyMap<string, string>;
	/** Every record's sources and notes. */
	details: (id: string) => RecordDetails | undefined;
	dataset: { version: string; asOf: string; licence: { name: string; url: string } };
	citations: Citations;
}

/** One row of the CSV: every kind of record in the same columns, each date under its meaning. */
interface Row {
	record_type: 'view' | 'site' | 'action' | 'flow';
	id: string;
	name: string;
	provider?: string;
	operator?: string;
	jurisdiction?: string;
	place?: string;
	country?: string;
	opened?: string;
	closed?: string;
	taken?: string;
	in_force_since?: string;
	status?: string;
	kind?: string;
	legal_ground?: string;
	evidence?: string;
	sources: Source[];
	permalink: string;
}

/** Several sources in one cell, in the same order in each of the three source columns. */
const SEPARATOR = ' | ';
const list = (sources: Source[], field: 'url' | 'title' | 'publisher') => sources.map((s) => s[field]).join(SEPARATOR);

const FIELDS = [
	'record_type',
	'id',
	'name',
	'provider',
	'operator',
	'jurisdiction',
	'place',
	'country',
	'opened',
	'closed',
	'taken',
	'in_force_since',
	'status',
	'kind',
	'legal_ground',
	'evidence'
] as const;

const COLUMNS: CsvColumn<Row>[] = [
	...FIELDS.map((field) => ({ header: field, value: (r: Row) => r[field] })),
	{ header: 'source_urls', value: (r) => list(r.sources, 'url') },
	{ header: 'source_titles', value: (r) => list(r.sources, 'title') },
	{ header: 'source_publishers', value: (r) => list(r.sources, 'publisher') },
	{ header: 'permalink', value: (r) => r.permalink }
];

/** The records of the view, as rows. */
function records(data: VisibleData): Row[] {
	const providerName = new Map(data.providers.map((p) => [p.id, p.name]));
	const operatorName = new Map(data.operators.map((o) => [o.id, o.name]));
	const jurisdiction = (code: string) => data.jurisdictions.get(code) ?? code;
	const sources = (id: string) => data.details(id)?.sources ?? [];
	const day = isoOfDay(data.date);
	const onMap = (id: string) => `${data.site}${explorerPath(day, id, data.lang)}`;
	return [
		...data.sites.map((s): Row => ({
			record_type: 'site',
			id: s.id,
			name: s.name,
			provider: providerName.get(s.provider) ?? s.provider,
			operator: s.operator ? (operatorName.get(s.operator) ?? s.operator) : '',
			place: s.city,
			country: s.country,
			opened: s.opened,
			closed: s.closed,
			evidence: s.verified,
			sources: sources(s.id),
			permalink: onMap(s.id)
		})),
		...data.actions.map((a): Row => ({
			record_type: 'action',
			id: a.id,
			name: a.title,
			jurisdiction: jurisdiction(a.jurisdiction),
			place: a.place,
			taken: a.date,
			kind: a.kind,
			evidence: a.verified,
			sources: sources(a.id),
			permalink: `${data.site}${eventPath(a.id, data.lang)}`
		})),
		...data.flows.map(({ flow, period }): Row => ({
			record_type: 'flow',
			id: flow.id,
			name: flow.label,
			jurisdiction: `${jurisdiction(flow.from)} → ${jurisdiction(flow.to)}`,
			in_force_since: period.start,
			status: period.status,
			legal_ground: period.basis,
			evidence: flow.verified,
			sources: sources(flow.id),
			permalink: onMap(flow.id)
		}))
	];
}

/** The first row: the view itself, with the dataset's version, the licence and how to cite it. */
function viewRow(data: VisibleData): Row {
	const { version, asOf, licence } = data.dataset;
	const when = data.compare ? `${isoOfDay(data.compare.from)} → ${isoOfDay(data.compare.to)}` : isoOfDay(data.date);
	return {
		record_type: 'view',
		id: `data-borders-${version}`,
		name: `Data Borders, view of ${when}; dataset ${version} as of ${asOf}; ${licence.name} (${licence.url}). Cite as: ${data.citations.apa}`,
		sources: [],
		permalink: data.url
	};
}

/**
 * The view's data as CSV: UTF-8 with a byte-order mark (so spreadsheets read "→" and accents),
 * RFC 4180 quoting (cells holding `;` quoted too), formulas neutralised; a first row describing
 * the view and how to cite it, then one row per site, action and flow.
 * @example viewCsv(data).split('\r\n')[0] // "\ufeffrecord_type,id,name,provider,operator,…"
 */
export function viewCsv(data: VisibleData): string {
	return `\ufeff${toCsv([viewRow(data), ...records(data)], COLUMNS)}`;
}

/** The view's data as a JSON document: a header that says which view and how to cite it, then the records. */
export function viewJson(data: VisibleData): string {
	const rows = records(data);
	const of = (type: Row['record_type']) => rows.filter((r) => r.record_type === type).map(clean);
	const clean = ({ record_type: _type, ...row }: Row) =>
		Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined && v !== ''));
	const body = {
		about: {
			title: 'Data Borders',
			view: data.url,
			date: isoOfDay(data.date),
			...(data.compare ? { compare: { from: isoOfDay(data.compare.from), to: isoOfDay(data.compare.to) } } : {}),
			dataset: { version: data.dataset.version, asOf: data.dataset.asOf },
			licence: data.dataset.licence,
			cite: data.citations
		},
		sites: of('site'),
		actions: of('action'),
		flows: of('flow')
	};
	return JSON.stringify(body, null, '\t') + '\n';
}
