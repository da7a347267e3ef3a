import { describe, expect, it } from 'vitest';
import { viewCsv, viewJson, type VisibleData } from './viewExport';
import { cite } from './citation';
import { dayOf } from '../time/partialDate';
import type { ActionView, FlowView, RecordDetails, SiteView } from './model';

const SITE = 'https://data-borders.example';
const URL = `${SITE}/?date=2020-08-05`;
const DETAILS: Record<string, RecordDetails> = {
	'alibaba-us-west-1': {
		sources: [
			{ url: 'https://a.example/1', title: 'First; with a semicolon', publisher: 'Alibaba Cloud', date: '2015-03' },
			{ url: 'https://b.example/2', title: 'Second', publisher: 'Reuters', date: '2015-03-04' }
		]
	},
	'us-clean-cloud': { sources: [{ url: 'https://c.example/3', title: 'Clean', publisher: 'State', date: '2020' }] }
};

const DATA: VisibleData = {
	lang: 'en',
	date: dayOf('2020-08-05'),
	compare: null,
	url: URL,
	site: SITE,
	providers: [{ id: 'alibaba-cloud', name: 'Alibaba Cloud', headquarters: 'CN', color: 0 }],
	operators: [{ id: 'op', name: 'Operator Co', headquarters: 'US' } as VisibleData['operators'][number]],
	jurisdictions: new Map([
		['US', 'United States'],
		['EU', 'European Union']
	]),
	details: (id) => DETAILS[id],
	dataset: { version: '0.3.1', asOf: '2026-12-05', licence: { name: 'CC BY 4.0', url: 'https://cc.example/by' } },
	citations: cite({ lang: 'en', url: URL, view: '5 August 2020', version: '0.3.1', asOf: '2026-12-05' }),
	sites: [
		{
			id: 'alibaba-us-west-1',
			provider: 'alibaba-cloud',
			operator: 'op',
			name: 'US (Silicon Valley)',
			region: 'us-west-1',
			city: 'Santa Clara',
			country: 'US',
			opened: '2015-03',
			verified: 'verified'
		} as SiteView
	],
	actions: [
		{
			id: 'us-clean-cloud',
			date: '2020-08-05',
			jurisdiction: 'US',
			actor: 'State Department',
			kind: 'warning',
			title: '=Clean Cloud, "warning"',
			place: 'Washington, DC',
			verified: 'verified'
		} as ActionView
	],
	flows: [
		{
			flow: { id: 'eu-us', from: 'EU', to: 'US', label: 'EU to US', verified: 'partial' } as FlowView,
			period: {
				start: '2020-07-16',
				day: dayOf('2020-07-16'),
				status: 'none',
				basis: 'Schrems II',
				action: 'cjeu-schrems-ii'
			}
		}
	]
};

describe('viewCsv', () => {
	const lines = viewCsv(DATA).split('\r\n');

	it('starts with a byte-order mark and names each date by its meaning', () => {
		expect(lines[0]).toBe(
			'\ufeffrecord_type,id,name,provider,operator,jurisdiction,place,country,opened,closed,taken,in_force_since,status,kind,legal_ground,evidence,source_urls,source_titles,source_publishers,permalink'
		);
	});

	it('describes the view first: its address, the dataset version, the licence and how to cite it', () => {
		expect(lines[1]).toBe(
			`view,data-borders-0.3.1,"Data Borders, view of 2020-08-05; dataset 0.3.1 as of 2026-12-05; CC BY 4.0 (https://cc.example/by). Cite as: Data Borders contributors. (2026). Data Borders: Where the cloud’s data lives, and which governments can reach it (Version 0.3.1; view of 5 August 2020) [Data set]. ${URL}",,,,,,,,,,,,,,,,,${URL}`
		);
	});

	it('writes one row per record with its evidence, every source and its permalink, formula-safe and quoted', () => {
		expect(lines.slice(2)).toEqual([
			`site,alibaba-us-west-1,US (Silicon Valley),Alibaba Cloud,Operator Co,,Santa Clara,US,2015-03,,,,,,,verified,https://a.example/1 | https://b.example/2,"First; with a semicolon | Second",Alibaba Cloud | Reuters,${SITE}/?date=2020-08-05&selected=alibaba-us-west-1`,
			`action,us-clean-cloud,"'=Clean Cloud, ""warning""",,,United States,"Washington, DC",,,,2020-08-05,,,warning,,verified,https://c.example/3,Clean,State,${SITE}/events/us-clean-cloud/`,
			`flow,eu-us,EU to US,,,European Union → United States,,,,,,2020-07-16,none,,Schrems II,partial,,,,${SITE}/?date=2020-08-05&selected=eu-us`,
			''
		]);
	});
});

describe('viewJson', () => {
	it('opens with a header saying which view, which dataset, what licence and how to cite', () => {
		const doc = JSON.parse(viewJson(DATA));
		expect(doc.about).toMatchObject({
			view: URL,
			date: '2020-08-05',
			dataset: { version: '0.3.1', asOf: '2026-12-05' },
			licence: { name: 'CC BY 4.0' }
		});
		expect(Object.keys(doc.about.cite)).toEqual(['apa', 'chicago', 'bibtex']);
	});

	it('lists each record with its sources and permalink, each date under its meaning', () => {
		const doc = JSON.parse(viewJson(DATA));
		expect(doc.sites[0]).toMatchObject({ id: 'alibaba-us-west-1', opened: '2015-03', operator: 'Operator Co' });
		expect(doc.sites[0].sources).toHaveLength(2);
		expect(doc.actions[0]).toMatchObject({ taken: '2020-08-05', permalink: `${SITE}/events/us-clean-cloud/` });
		expect(doc.flows[0]).toMatchObject({ id: 'eu-us', status: 'none', in_force_since: '2020-07-16' });
		expect(doc.flows[0]).not.toHaveProperty('taken');
	});
});
