import { describe, expect, it } from 'vitest';
import { dayOf } from '../time/partialDate';
import {
	DEFAULT_DATE,
	OUTSIDE_TIMELINE,
	defaultViewState,
	parseViewState,
	serializeViewState,
	viewQuery,
	type ViewContext,
	type ViewState
} from './viewState';

const CONTEXT: ViewContext = {
	ids: new Set(['us-clean-cloud', 'alibaba-us-west-1', 'eu-us']),
	providers: new Set(['alibaba-cloud', 'aws']),
	kinds: new Set(['law', 'ruling']),
	jurisdictions: new Set(['US', 'EU']),
	home: new Set(['CN', 'US']),
	dates: { start: dayOf('2009-09-01'), end: dayOf('2026-12-05') }
};
const parse = (query: string) => parseViewState(new URLSearchParams(query), CONTEXT);

describe('parseViewState', () => {
	it('gives the default view for an empty query', () => {
		expect(parse('')).toEqual({ state: defaultViewState(), issues: [] });
	});

	it('reads a full view', () => {
		const { state, issues } = parse(
			'date=2020-08-05&selected=us-clean-cloud&zoom=2.5&center=10.5,50&layers=sites,flows&span=full&provider=aws&kind=law,ruling&jurisdiction=EU&home=CN&theme=dark&controls=none'
		);
		expect(issues).toEqual([]);
		expect(state).toEqual({
			date: dayOf('2020-08-05'),
			compare: null,
			selected: 'us-clean-cloud',
			focus: { k: 2.5, center: [10.5, 50] },
			region: null,
			layers: ['sites', 'flows'],
			span: 'full',
			filters: { providers: ['aws'], kinds: ['law', 'ruling'], jurisdictions: ['EU'], home: ['CN'] },
			theme: 'dark',
			controls: 'none'
		});
	});

	it.each([
		['date=2015-03', dayOf('2015-03-01')],
		['date=2015', dayOf('2015-01-01')],
		['date=2020-02-29', dayOf('2020-02-29')]
	])('reads %s at its precision', (query, day) => {
		expect(parse(query).state.date).toBe(day);
	});

	it('reads a compare pair in either order and shows its later date', () => {
		const { state } = parse('from=2022-01&to=2015-03');
		expect(state.compare).toEqual({ from: dayOf('2015-03'), to: dayOf('2022-01') });
		expect(state.date).toBe(dayOf('2022-01'));
	});

	const LONG = 'a'.repeat(10_000);
	it.each<[string, string, Partial<ViewState>, { param: string; reason: string }[]]>([
		[
			'an impossible date',
			'date=2021-02-30',
			{ date: DEFAULT_DATE },
			[{ param: 'date', reason: 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)' }]
		],
		[
			'a script as a date',
			'date=<script>alert(1)</script>',
			{ date: DEFAULT_DATE },
			[{ param: 'date', reason: 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)' }]
		],
		[
			'a date beyond the timeline, moved to its end',
			'date=2100-12-31',
			{ date: dayOf('2026-12-05') },
			[{ param: 'date', reason: OUTSIDE_TIMELINE }]
		],
		[
			'a date before the timeline, moved to its start',
			'date=1066-10-14',
			{ date: dayOf('2009-09-01') },
			[{ param: 'date', reason: OUTSIDE_TIMELINE }]
		],
		[
			'a compared date beyond the timeline',
			'from=2020&to=9999-01-01',
			{ compare: { from: dayOf('2020-01-01'), to: dayOf('2026-12-05') } },
			[{ param: 'to', reason: OUTSIDE_TIMELINE }]
		],
		[
			'a script as a selection',
			'selected=<script>alert(1)</script>',
			{ selected: null },
			[{ param: 'selected', reason: 'no such record' }]
		],
		[
			'a javascript: URL',
			'selected=javascript:alert(1)',
			{ selected: null },
			[{ param: 'selected', reason: 'no such record' }]
		],
		[
			'a path traversal',
			'selected=../../etc/passwd',
			{ selected: null },
			[{ param: 'selected', reason: 'no such record' }]
		],
		['an unknown id', 'selected=nothing-here', { selected: null }, [{ param: 'selected', reason: 'no such record' }]],
		['a prototype key', 'selected=__proto__', { selected: null }, [{ param: 'selected', reason: 'no such record' }]],
		['a 10,000-character value', `selected=${LONG}`, { selected: null }, [{ param: 'selected', reason: 'too long' }]],
		['a 10,000-character date', `date=${LONG}`, { date: DEFAULT_DATE }, [{ param: 'date', reason: 'too long' }]],
		['an empty value', 'date=', { date: DEFAULT_DATE }, [{ param: 'date', reason: 'empty' }]],
		[
			'a repeated parameter',
			'date=2016-01-01&date=2017-01-01',
			{ date: dayOf('2016-01-01') },
			[{ param: 'date', reason: 'repeated; the first value was used' }]
		],
		['a zoom that is not a number', 'zoom=NaN', { focus: null }, [{ param: 'zoom', reason: 'not a number' }]],
		['a zoom out of range', 'zoom=1e9', { focus: null }, [{ param: 'zoom', reason: 'not a number' }]],
		['a huge zoom', 'zoom=400', { focus: null }, [{ param: 'zoom', reason: 'not between 1 and 16' }]],
		[
			'a centre off the globe',
			'zoom=2&center=500,10',
			{ focus: { k: 2, center: [0, 0] } },
			[{ param: 'center', reason: 'out of range' }]
		],
		['an unknown layer', 'layers=sites,<img>', { layers: ['sites'] }, [{ param: 'layers', reason: 'unknown entries' }]],
		[
			'no known layer at all, which keeps the default layers',
			'layers=satellite,<img>',
			{ layers: ['sites', 'actions', 'flows'] },
			[{ param: 'layers', reason: 'unknown entries' }]
		],
		[
			'an unknown theme',
			'theme=hacker',
			{ theme: 'auto' },
			[{ param: 'theme', reason: 'not one of auto, light, dark' }]
		],
		[
			'an unknown provider',
			'provider=aws,evil',
			{ filters: { providers: ['aws'], kinds: [], jurisdictions: [], home: [] } },
			[{ param: 'provider', reason: 'unknown entries' }]
		],
		['half a compare pair', 'from=2015', { compare: null }, [{ param: 'to', reason: 'missing its pair' }]]
	])('falls back on %s and reports it by name', (_, query, expected, issues) => {
		const result = parse(query);
		expect(result.state).toMatchObject(expected);
		expect(result.issues).toEqual(issues);
	});

	it('reads layer names in any case', () => {
		expect(parse('layers=SITES,Reach')).toEqual({
			state: { ...defaultViewState(), layers: ['sites', 'reach'] },
			issues: []
		});
	});

	it('reads a named region, which wins over a zoom given beside it', () => {
		expect(parse('region=east-asia').state.region).toBe('east-asia');
		expect(parse('region=atlantis')).toEqual({
			state: defaultViewState(),
			issues: [{ param: 'region', reason: expect.stringMatching(/^not one of world, /) }]
		});
		const both = parse('region=europe&zoom=3&center=10,50');
		expect(both.state).toMatchObject({ region: 'europe', focus: null });
		expect(both.issues.map((i) => i.param)).toEqual(['zoom']);
	});

	it('never echoes a value into an issue', () => {
		const { issues } = parse('date=<b>x</b>&selected=<img src=x onerror=alert(1)>&theme="><script>');
		expect(JSON.stringify(issues)).not.toMatch(/<|>|script|onerror/);
	});
});

describe('serializeViewState', () => {
	it('writes nothing for the default view', () => {
		expect(serializeViewState(defaultViewState()).toString()).toBe('');
		expect(viewQuery(defaultViewState())).toBe('');
	});

	it('writes only what differs from the default', () => {
		expect(viewQuery({ ...defaultViewState(), date: dayOf('2020-08-05'), selected: 'us-clean-cloud' })).toBe(
			'?date=2020-08-05&selected=us-clean-cloud'
		);
	});

	it.each([
		'date=2020-08-05',
		'date=2015-03-01&selected=alibaba-us-west-1&zoom=3&center=10.25,50.5',
		'from=2015-03-01&to=2022-01-01',
		'layers=sites&span=full&provider=alibaba-cloud,aws&kind=ruling&theme=dark&controls=slider',
		'jurisdiction=US,EU&home=CN',
		'date=2020-08-05&region=europe'
	])('round-trips %s', (query) => {
		const { state, issues } = parse(query);
		expect(issues).toEqual([]);
		expect(serializeViewState(state).toString().replace(/%2C/g, ',')).toBe(query);
		expect(parse(serializeViewState(state).toString()).state).toEqual(state);
	});
});
