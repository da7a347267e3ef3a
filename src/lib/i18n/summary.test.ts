import { describe, expect, it } from 'vitest';
import { describeMap, describeMapParts } from './summary';
import { dayOf } from '../time/partialDate';
import type { ActionView, SiteView } from '../data/model';
import type { MapFacts } from '../state/drawn';

const site = (id: string, country: string) => ({ id, country }) as SiteView;
const action = { id: 'a', title: 'Clean Cloud warning', date: '2020-08-05' } as ActionView;
const t = dayOf('2020-08-05');
const facts = (over: Partial<MapFacts> = {}): MapFacts => ({
	date: t,
	layers: ['sites', 'actions'],
	sites: [site('s1', 'US'), site('s2', 'US'), site('s3', 'IE')],
	actions: [action],
	flows: [],
	reach: 0,
	filtered: false,
	compare: null,
	...over
});

describe('describeMapParts', () => {
	it('gives the headline and the latest action as separate sentences, and describeMap joins them', () => {
		const parts = describeMapParts('en', facts());
		expect(parts).toEqual({
			headline: '5 August 2020: 3 data centres open in 2 countries; 1 action taken so far.',
			latest: 'Latest action: Clean Cloud warning, 5 August 2020.'
		});
		expect(describeMap('en', facts())).toBe(`${parts.headline} ${parts.latest}`);
	});

	it('has no latest action before the first one, in French too', () => {
		const parts = describeMapParts('fr', facts({ sites: [], actions: [] }));
		expect(parts.latest).toBeNull();
		expect(parts.headline).toBe('5 août 2020\u202f: 0 centre de données ouvert dans 0 pays\u202f; 0 action à ce jour.');
		expect(describeMap('fr', facts({ sites: [], actions: [] }))).toBe(parts.headline);
	});

	it('says how many of the data centres stand in view when the map is zoomed in', () => {
		expect(describeMapParts('en', facts({ inView: 2 })).headline).toBe(
			'5 August 2020: 3 data centres open in 2 countries (2 in view); 1 action taken so far.'
		);
		expect(describeMapParts('fr', facts({ inView: 0 })).headline).toContain('dans 2 pays (dont 0 dans la vue)');
		// All of them in view, or the whole world: nothing to add.
		expect(describeMapParts('en', facts({ inView: 3 })).headline).not.toContain('in view');
		expect(describeMapParts('en', facts({ inView: null })).headline).not.toContain('in view');
	});

	it('names only the layers shown: flows by status, reach by places', () => {
		const only = facts({ layers: ['flows'], flows: ['none', 'framework', 'none', 'contested'] });
		expect(describeMapParts('en', only)).toEqual({
			headline: '5 August 2020: 4 data flows: 1 valid framework, 1 contested, 2 no framework.',
			latest: null
		});
		expect(describeMapParts('fr', only).headline).toBe(
			'5 août 2020\u202f: 4 flux de données\u202f: 1 cadre valide, 1 contesté, 2 sans cadre.'
		);
		expect(describeMapParts('en', facts({ layers: ['reach'], reach: 1 })).headline).toBe(
			'5 August 2020: 1 place within a foreign government’s legal reach.'
		);
		expect(describeMapParts('en', facts({ layers: [] })).headline).toBe('5 August 2020: no layer is shown.');
	});

	it('says when filters narrow it, and when nothing matches them', () => {
		expect(describeMapParts('en', facts({ filtered: true })).headline).toBe(
			'5 August 2020, filtered: 3 data centres open in 2 countries; 1 action taken so far.'
		);
		const none = facts({ filtered: true, sites: [], actions: [] });
		expect(describeMapParts('en', none).headline).toBe('5 August 2020, filtered: nothing shown matches the filters.');
		expect(describeMapParts('fr', none).headline).toBe(
			'5 août 2020, filtré\u202f: rien de ce qui est affiché ne correspond aux filtres.'
		);
	});

	it('describes the change between compared dates', () => {
		const compare = { from: dayOf('2020-03-01'), to: dayOf('2022-01-18'), opened: 5, closed: 1, actions: 21, flows: 3 };
		const parts = describeMapParts('en', facts({ layers: ['sites', 'actions', 'flows'], compare }));
		expect(parts).toEqual({
			headline:
				'1 March 2020 → 18 January 2022: +5 data centres; −1 closed; +21 actions; 3 flows changed legal ground.',
			latest: null
		});
		expect(describeMapParts('fr', facts({ compare: { ...compare, opened: 1, closed: 0, actions: 1 } })).headline).toBe(
			'1er mars 2020 → 18 janvier 2022\u202f: +1 centre de données\u202f; +1 action.'
		);
	});
});
