import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { ACTION_COLUMNS, FLOW_PERIOD_COLUMNS, PROVIDER_COLUMNS, SITE_COLUMNS, flowPeriodRows } from './exportColumns';
import type { Action, Flow, Provider, Site } from './types';

const source = { url: 'https://example.org/a', title: 'A', publisher: 'P', date: '2020' };
const site: Site = {
	id: 'x-1',
	provider: 'x',
	operator: 'op',
	name: 'X One',
	region: null,
	city: 'Genève',
	country: 'CH',
	coordinates: [6.14, 46.2],
	locationPrecision: 'city',
	opened: '2015-03',
	sources: [source, { ...source, url: 'https://example.org/b' }],
	verified: 'partial',
	note: { en: 'Date, "month" only', fr: 'Mois seulement' }
};
const action: Action = {
	id: 'us-x',
	date: '2020-08-05',
	lifecycle: [{ stage: 'in-force', date: '2020-09' }],
	jurisdiction: 'US',
	actor: { en: 'State', fr: 'État' },
	kind: 'warning',
	title: { en: 'T', fr: 'T fr' },
	summary: { en: 'S', fr: 'S fr' },
	place: { name: 'Washington, DC', coordinates: [-77.04, 38.91] },
	targets: { providers: ['x', 'y'] },
	sources: [{ ...source, quote: 'The State warned, on 5 August 2020.' }],
	verified: 'verified'
};
const flow: Flow = {
	id: 'eu-us',
	from: 'EU',
	to: 'US',
	label: { en: 'L', fr: 'L fr' },
	periods: [
		{ start: '2000', status: 'framework', basis: { en: 'B1', fr: 'B1 fr' }, action: 'a1' },
		{ start: '2015', status: 'none', basis: { en: 'B2', fr: 'B2 fr' }, action: 'a2' }
	],
	sources: [source],
	verified: 'verified'
};
const provider: Provider = { id: 'x', name: 'X', headquarters: 'CN', sources: [source], verified: 'verified' };

const lines = (csv: string) => csv.split('\r\n').filter(Boolean);

describe('export columns', () => {
	it.each([
		{
			name: 'sites',
			csv: toCsv([site], SITE_COLUMNS),
			header:
				'id,provider,operator,name,region,city,country,longitude,latitude,location_precision,location_note_en,location_note_fr,announced,opened,closed,count_excluded,verified,note_en,note_fr,sources,quote',
			row: 'x-1,x,op,X One,,Genève,CH,6.14,46.2,city,,,,2015-03,,,partial,"Date, ""month"" only",Mois seulement,https://example.org/a https://example.org/b,'
		},
		{
			name: 'actions',
			csv: toCsv([action], ACTION_COLUMNS),
			header:
				'id,date,kind,jurisdiction,actor_en,actor_fr,title_en,title_fr,summary_en,summary_fr,original_name,place,longitude,latitude,lifecycle,target_providers,target_sites,target_flows,verified,note_en,note_fr,sources,quote',
			row: 'us-x,2020-08-05,warning,US,State,État,T,T fr,S,S fr,,"Washington, DC",-77.04,38.91,in-force:2020-09,x y,,,verified,,,https://example.org/a,"The State warned, on 5 August 2020."'
		},
		{
			name: 'providers',
			csv: toCsv([provider], PROVIDER_COLUMNS),
			header:
				'id,name,headquarters,parent,region_count,region_count_as_of,region_count_source,verified,note_en,note_fr,sources,quote',
			row: 'x,X,CN,,,,,verified,,,https://example.org/a,'
		}
	])('$name: header and a row', ({ csv, header, row }) => {
		expect(lines(csv)).toEqual([header, row]);
	});

	it('flows: one row per period, in order', () => {
		const csv = toCsv(flowPeriodRows([flow]), FLOW_PERIOD_COLUMNS);
		expect(lines(csv)).toEqual([
			'flow,from,to,label_en,label_fr,start,status,basis_en,basis_fr,action,verified,note_en,note_fr,sources,quote',
			'eu-us,EU,US,L,L fr,2000,framework,B1,B1 fr,a1,verified,,,https://example.org/a,',
			'eu-us,EU,US,L,L fr,2015,none,B2,B2 fr,a2,verified,,,https://example.org/a,'
		]);
	});
});
