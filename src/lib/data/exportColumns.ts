/**
 * The dataset's CSV tables: which columns each file has and how each cell is read from a
 * record. The build writes them (/data/download/*.csv) and the data page uses the same
 * columns for "download these rows", so a filtered file always has the full file's header.
 *
 * Lists inside a cell (source URLs, target ids, lifecycle stages) are separated by spaces,
 * which never occur inside a URL or an id. Both languages are columns (`title_en`, `title_fr`).
 */
import type { CsvColumn } from './csv';
import type { Action, Evidence, Flow, FlowPeriod, Operator, Provider, Site } from './types';

/** A flow period with its flow, one line of flows.csv (tidy: one row per period). */
export interface FlowPeriodRow {
	flow: Flow;
	period: FlowPeriod;
}

const evidenceColumns = <T>(of: (row: T) => Evidence): CsvColumn<T>[] => [
	{ header: 'verified', value: (r) => of(r).verified },
	{ header: 'note_en', value: (r) => of(r).note?.en },
	{ header: 'note_fr', value: (r) => of(r).note?.fr },
	{
		header: 'sources',
		value: (r) =>
			of(r)
				.sources.map((s) => s.url)
				.join(' ')
	},
	{ header: 'quote', value: (r) => of(r).sources.find((s) => s.quote)?.quote }
];

export const PROVIDER_COLUMNS: CsvColumn<Provider>[] = [
	{ header: 'id', value: (p) => p.id },
	{ header: 'name', value: (p) => p.name },
	{ header: 'headquarters', value: (p) => p.headquarters },
	{ header: 'parent', value: (p) => p.parent },
	{ header: 'region_count', value: (p) => (p.regions ? (p.regions.count ?? '') : undefined) },
	{ header: 'region_count_as_of', value: (p) => p.regions?.asOf },
	{ header: 'region_count_source', value: (p) => p.regions?.source?.url },
	...evidenceColumns<Provider>((p) => p)
];

export const OPERATOR_COLUMNS: CsvColumn<Operator>[] = [
	{ header: 'id', value: (o) => o.id },
	{ header: 'name', value: (o) => o.name },
	{ header: 'headquarters', value: (o) => o.headquarters },
	{ header: 'parent', value: (o) => o.parent },
	...evidenceColumns<Operator>((o) => o)
];

export const SITE_COLUMNS: CsvColumn<Site>[] = [
	{ header: 'id', value: (s) => s.id },
	{ header: 'provider', value: (s) => s.provider },
	{ header: 'operator', value: (s) => s.operator },
	{ header: 'name', value: (s) => s.name },
	{ header: 'region', value: (s) => s.region },
	{ header: 'city', value: (s) => s.city },
	{ header: 'country', value: (s) => s.country },
	{ header: 'longitude', value: (s) => s.coordinates[0] },
	{ header: 'latitude', value: (s) => s.coordinates[1] },
	{ header: 'location_precision', value: (s) => s.locationPrecision },
	{ header: 'location_note_en', value: (s) => s.locationNote?.en },
	{ header: 'location_note_fr', value: (s) => s.locationNote?.fr },
	{ header: 'announced', value: (s) => s.announced },
	{ header: 'opened', value: (s) => s.opened },
	{ header: 'closed', value: (s) => s.closed },
	{ header: 'count_excluded', value: (s) => (s.countExcluded ? 'true' : undefined) },
	...evidenceColumns<Site>((s) => s)
];

export const ACTION_COLUMNS: CsvColumn<Action>[] = [
	{ header: 'id', value: (a) => a.id },
	{ header: 'date', value: (a) => a.date },
	{ header: 'kind', value: (a) => a.kind },
	{ header: 'jurisdiction', value: (a) => a.jurisdiction },
	{ header: 'actor_en', value: (a) => a.actor.en },
	{ header: 'actor_fr', value: (a) => a.actor.fr },
	{ header: 'title_en', value: (a) => a.title.en },
	{ header: 'title_fr', value: (a) => a.title.fr },
	{ header: 'summary_en', value: (a) => a.summary.en },
	{ header: 'summary_fr', value: (a) => a.summary.fr },
	{ header: 'original_name', value: (a) => a.originalName },
	{ header: 'place', value: (a) => a.place.name },
	{ header: 'longitude', value: (a) => a.place.coordinates[0] },
	{ header: 'latitude', value: (a) => a.place.coordinates[1] },
	{ header: 'lifecycle', value: (a) => (a.lifecycle ?? []).map((e) => `${e.stage}:${e.date}`).join(' ') },
	{ header: 'target_providers', value: (a) => (a.targets?.providers ?? []).join(' ') },
	{ header: 'target_sites', value: (a) => (a.targets?.sites ?? []).join(' ') },
	{ header: 'target_flows', value: (a) => (a.targets?.flows ?? []).join(' ') },
	...evidenceColumns<Action>((a) => a)
];

export const FLOW_PERIOD_COLUMNS: CsvColumn<FlowPeriodRow>[] = [
	{ header: 'flow', value: (r) => r.flow.id },
	{ header: 'from', value: (r) => r.flow.from },
	{ header: 'to', value: (r) => r.flow.to },
	{ header: 'label_en', value: (r) => r.flow.label.en },
	{ header: 'label_fr', value: (r) => r.flow.label.fr },
	{ header: 'start', value: (r) => r.period.start },
	{ header: 'status', value: (r) => r.period.status },
	{ header: 'basis_en', value: (r) => r.period.basis.en },
	{ header: 'basis_fr', value: (r) => r.period.basis.fr },
	{ header: 'action', value: (r) => r.period.action },
	...evidenceColumns<FlowPeriodRow>((r) => r.flow)
];

/** The flows as one row per period, in the flows' order and each flow's period order. */
export function flowPeriodRows(flows: readonly Flow[]): FlowPeriodRow[] {
	return flows.flatMap((flow) => flow.periods.map((period) => ({ flow, period })));
}
