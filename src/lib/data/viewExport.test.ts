import { describe, expect, it } from 'vitest';
import { viewCsv, viewJson, type VisibleData } from './viewExport';
import { dayOf } from '../time/partialDate';
import type { ActionView, FlowView, SiteView } from './model';

const DATA: VisibleData = {
	date: dayOf('2020-08-05'),
	query: '?date=2020-08-05',
	providers: [{ id: 'alibaba-cloud', name: 'Alibaba Cloud', headquarters: 'CN', color: 0 }],
	sites: [
		{
			id: 'alibaba-us-west-1',
			provider: 'alibaba-cloud',
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
			flow: { id: 'eu-us', from: 'EU', to: 'US', label: 'EU to US', verified: 'verified' } as FlowView,
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
	it('writes one row per site, action and flow, formula-safe and quoted', () => {
		expect(viewCsv(DATA).split('\r\n')).toEqual([
			'type,id,name,date,provider_or_jurisdiction,place,status,verified',
			'site,alibaba-us-west-1,US (Silicon Valley),2015-03,Alibaba Cloud,"Santa Clara, US",open,verified',
			`action,us-clean-cloud,"'=Clean Cloud, ""warning""",2020-08-05,US,"Washington, DC",warning,verified`,
			'flow,eu-us,EU to US,2020-07-16,EU → US,,none,verified',
			''
		]);
	});
});

describe('viewJson', () => {
	it('says which view it is and lists what it shows', () => {
		const doc = JSON.parse(viewJson(DATA));
		expect(doc.date).toBe('2020-08-05');
		expect(doc.view).toBe('?date=2020-08-05');
		expect(doc.sites.map((s: { id: string }) => s.id)).toEqual(['alibaba-us-west-1']);
		expect(doc.flows[0]).toMatchObject({ id: 'eu-us', status: 'none', since: '2020-07-16', action: 'cjeu-schrems-ii' });
	});
});
