import { describe, expect, it } from 'vitest';
import { describeMap, describeMapParts } from './summary';
import { dayOf } from '../time/partialDate';
import type { ActionView, SiteView } from '../data/model';

const site = (id: string, country: string) => ({ id, country }) as SiteView;
const action = { id: 'a', title: 'Clean Cloud warning', date: '2020-08-05' } as ActionView;
const t = dayOf('2020-08-05');

describe('describeMapParts', () => {
	it('gives the counts and the latest action as separate sentences, and describeMap joins them', () => {
		const parts = describeMapParts('en', t, [site('s1', 'US'), site('s2', 'US'), site('s3', 'IE')], [action]);
		expect(parts).toEqual({
			counts: '5 August 2020: 3 data centres open in 2 countries; 1 action taken so far.',
			latest: 'Latest action: Clean Cloud warning, 5 August 2020.'
		});
		expect(describeMap('en', t, [site('s1', 'US'), site('s2', 'US'), site('s3', 'IE')], [action])).toBe(
			`${parts.counts} ${parts.latest}`
		);
	});

	it('has no latest action before the first one, in French too', () => {
		const parts = describeMapParts('fr', t, [], []);
		expect(parts.latest).toBeNull();
		expect(parts.counts).toBe('5 août 2020\u202f: 0 centre de données ouvert dans 0 pays\u202f; 0 action à ce jour.');
		expect(describeMap('fr', t, [], [])).toBe(parts.counts);
	});
});
