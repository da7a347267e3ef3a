import { describe, expect, it } from 'vitest';
import { dayOf } from './partialDate';
import { changesBetween } from './changes';
import type { ActionView, FlowView, SiteView } from '../data/model';

const site = (id: string, opened: string, closed?: string) =>
	({ id, day: dayOf(opened), end: closed ? dayOf(closed) : null }) as SiteView;
const action = (id: string, date: string) => ({ id, day: dayOf(date) }) as ActionView;
const period = (start: string, status: string) => ({ start, day: dayOf(start), status, basis: start, action: 'x' });

const MODEL = {
	sites: [
		site('hong-kong', '2014-05-12'),
		site('silicon-valley', '2015-03'),
		site('frankfurt', '2016-11'),
		site('mumbai', '2018', '2024-07-15')
	],
	actions: [action('schrems-i', '2015-10-06'), action('clean-cloud', '2020-08-05'), action('review', '2022-01-18')],
	flows: [
		{
			id: 'eu-us',
			periods: [
				period('2000-07-26', 'framework'),
				period('2015-10-06', 'none'),
				period('2016-08-01', 'framework'),
				period('2020-07-16', 'none')
			]
		},
		{ id: 'gb-us', periods: [period('2023-10-12', 'framework')] }
	] as unknown as FlowView[]
};

const ids = (records: { id: string }[]) => records.map((r) => r.id);

describe('changesBetween', () => {
	it('lists what changed from March 2015 to January 2022', () => {
		const c = changesBetween(MODEL, dayOf('2015-03'), dayOf('2022-01'));
		expect(ids(c.opened)).toEqual(['frankfurt', 'mumbai']);
		expect(ids(c.closed)).toEqual([]);
		expect(ids(c.actions)).toEqual(['schrems-i', 'clean-cloud']);
		expect(c.flows.map((f) => [f.flow.id, f.before?.status, f.after?.status])).toEqual([
			['eu-us', 'framework', 'none']
		]);
	});

	it('takes the dates in either order', () => {
		expect(changesBetween(MODEL, dayOf('2022-01'), dayOf('2015-03'))).toEqual(
			changesBetween(MODEL, dayOf('2015-03'), dayOf('2022-01'))
		);
	});

	it('counts a closure by the later date, and a flow that starts in between', () => {
		const c = changesBetween(MODEL, dayOf('2023-01-01'), dayOf('2024-12-31'));
		expect(ids(c.closed)).toEqual(['mumbai']);
		expect(c.flows.map((f) => [f.flow.id, f.before, f.after?.status])).toEqual([['gb-us', null, 'framework']]);
	});

	it('does not count a closure on the later date itself: the site still serves that day', () => {
		expect(ids(changesBetween(MODEL, dayOf('2020-01-01'), dayOf('2024-07-15')).closed)).toEqual([]);
		expect(ids(changesBetween(MODEL, dayOf('2020-01-01'), dayOf('2024-07-16')).closed)).toEqual(['mumbai']);
	});

	it('finds nothing between a date and itself', () => {
		const c = changesBetween(MODEL, dayOf('2020-08-05'), dayOf('2020-08-05'));
		expect([c.opened, c.closed, c.actions, c.flows].map((l) => l.length)).toEqual([0, 0, 0, 0]);
	});
});
