/**
 * The data visible in a view, as one table (CSV) or one document (JSON): the sites open, the
 * actions taken and the flows in force at the view's date, after its filters. What a reader
 * downloads from "Download the data of this view".
 */
import type { ActionView, FlowPeriodView, FlowView, ProviderView, SiteView } from './model';
import { toCsv, type CsvColumn } from './csv';
import { isoOfDay } from '../time/partialDate';

/** What a view shows, already worked out by the explorer. */
export interface VisibleData {
	date: number;
	query: string;
	sites: SiteView[];
	actions: ActionView[];
	flows: { flow: FlowView; period: FlowPeriodView }[];
	providers: ProviderView[];
}

/** One row of the visible-data CSV: every kind of record in the same columns. */
interface Row {
	type: 'site' | 'action' | 'flow';
	id: string;
	name: string;
	date: string;
	who: string;
	where: string;
	status: string;
	verified: string;
}

const COLUMNS: CsvColumn<Row>[] = [
	{ header: 'type', value: (r) => r.type },
	{ header: 'id', value: (r) => r.id },
	{ header: 'name', value: (r) => r.name },
	{ header: 'date', value: (r) => r.date },
	{ header: 'provider_or_jurisdiction', value: (r) => r.who },
	{ header: 'place', value: (r) => r.where },
	{ header: 'status', value: (r) => r.status },
	{ header: 'verified', value: (r) => r.verified }
];

function rows(data: VisibleData): Row[] {
	const providerName = new Map(data.providers.map((p) => [p.id, p.name]));
	return [
		...data.sites.map((s) => ({
			type: 'site' as const,
			id: s.id,
			name: s.name,
			date: s.opened,
			who: providerName.get(s.provider) ?? s.provider,
			where: `${s.city}, ${s.country}`,
			status: s.closed ? `closed ${s.closed}` : 'open',
			verified: s.verified
		})),
		...data.actions.map((a) => ({
			type: 'action' as const,
			id: a.id,
			name: a.title,
			date: a.date,
			who: a.jurisdiction,
			where: a.place,
			status: a.kind,
			verified: a.verified
		})),
		...data.flows.map(({ flow, period }) => ({
			type: 'flow' as const,
			id: flow.id,
			name: flow.label,
			date: period.start,
			who: `${flow.from} → ${flow.to}`,
			where: '',
			status: period.status,
			verified: flow.verified
		}))
	];
}

/**
 * The view's data as CSV, one row per site, action and flow.
 * @example viewCsv(data).split('\r\n')[0] // "type,id,name,date,provider_or_jurisdiction,place,status,verified"
 */
export function viewCsv(data: VisibleData): string {
	return toCsv(rows(data), COLUMNS);
}

/** The view's data as a JSON document that says which view it is. */
export function viewJson(data: VisibleData): string {
	const body = {
		date: isoOfDay(data.date),
		view: data.query,
		sites: data.sites.map(({ id, provider, name, region, city, country, opened, closed, verified }) => ({
			id,
			provider,
			name,
			region,
			city,
			country,
			opened,
			...(closed ? { closed } : {}),
			verified
		})),
		actions: data.actions.map(({ id, date, jurisdiction, actor, kind, title, place, verified }) => ({
			id,
			date,
			jurisdiction,
			actor,
			kind,
			title,
			place,
			verified
		})),
		flows: data.flows.map(({ flow, period }) => ({
			id: flow.id,
			from: flow.from,
			to: flow.to,
			label: flow.label,
			status: period.status,
			since: period.start,
			basis: period.basis,
			action: period.action
		}))
	};
	return JSON.stringify(body, null, '\t') + '\n';
}
