import { describe, expect, it } from 'vitest';
import { dayOf } from './partialDate';
import { actionsTakenBy, countAt, isRecent, isSiteOpen, latestAt, sitesOpenAt } from './stateAt';
import type { ActionView, SiteView } from '../data/model';

const d = dayOf;
const site = (id: string, opened: string, closed?: string) =>
	({ id, day: d(opened), end: closed ? d(closed) : null }) as SiteView;
const action = (id: string, date: string) => ({ id, day: d(date) }) as ActionView;

const SITES = [
	site('hong-kong', '2014-05-12'),
	site('silicon-valley', '2015-03'),
	site('sydney', '2016', '2024-09-30'),
	site('mumbai', '2018', '2024-07-15')
];

describe('sites open at t', () => {
	it.each([
		['2014-05-11', []],
		['2014-05-12', ['hong-kong']],
		['2015-02-28', ['hong-kong']],
		['2015-03-01', ['hong-kong', 'silicon-valley']],
		['2020-01-01', ['hong-kong', 'silicon-valley', 'sydney', 'mumbai']],
		['2024-07-15', ['hong-kong', 'silicon-valley', 'sydney', 'mumbai']],
		['2024-07-16', ['hong-kong', 'silicon-valley', 'sydney']],
		['2024-09-30', ['hong-kong', 'silicon-valley', 'sydney']],
		['2024-10-01', ['hong-kong', 'silicon-valley']]
	])('on %s: %j', (t, ids) => {
		expect(sitesOpenAt(SITES, d(t)).map((s) => s.id)).toEqual(ids);
		expect(SITES.filter((s) => isSiteOpen(s, d(t))).map((s) => s.id)).toEqual(ids);
	});
});

describe('actions taken by t', () => {
	const actions = [
		action('cloud-act', '2018-03-23'),
		action('clean-cloud', '2020-08-05'),
		action('review', '2022-01-18')
	];
	it.each([
		['2018-03-22', []],
		['2018-03-23', ['cloud-act']],
		['2020-08-04', ['cloud-act']],
		['2020-08-05', ['cloud-act', 'clean-cloud']],
		['2030-01-01', ['cloud-act', 'clean-cloud', 'review']]
	])('on %s: %j', (t, ids) => {
		expect(actionsTakenBy(actions, d(t)).map((a) => a.id)).toEqual(ids);
	});
});

describe('marker groups', () => {
	const group = {
		items: ['a', 'b', 'c'],
		starts: [d('2015-03'), d('2015-10'), d('2017-04-25')],
		ends: [d('2019-01-01')]
	};
	it.each([
		['2015-02-28', 0, null],
		['2015-03-01', 1, 'a'],
		['2016-01-01', 2, 'b'],
		['2018-01-01', 3, 'c'],
		['2019-01-01', 3, 'c'],
		['2019-01-02', 2, 'c']
	])('on %s: %i present, latest %s', (t, count, latest) => {
		expect(countAt(group, d(t))).toBe(count);
		expect(latestAt(group, d(t))).toBe(latest);
	});
});

describe('isRecent', () => {
	it.each([
		['2020-08-05', '2020-08-04', false],
		['2020-08-05', '2020-08-05', true],
		['2020-08-05', '2021-08-04', true],
		['2020-08-05', '2021-08-05', false]
	])('an action of %s at %s: %s', (day, t, recent) => {
		expect(isRecent(d(day), d(t))).toBe(recent);
	});
});
