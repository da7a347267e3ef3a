import { describe, expect, it } from 'vitest';
import { actionMatches, flowMatches, isFiltering, siteMatches } from './filters';
import type { Filters } from '../url/viewState';

const none: Filters = { providers: [], kinds: [], jurisdictions: [], home: [] };
const homeOf = new Map([
	['alibaba-cloud', 'CN'],
	['aws', 'US']
]);

describe('filters', () => {
	it('knows when nothing is filtered', () => {
		expect(isFiltering(none)).toBe(false);
		expect(isFiltering({ ...none, kinds: ['law'] })).toBe(true);
	});

	it.each<[string, Partial<Filters>, string, boolean]>([
		['no filter', {}, 'aws', true],
		['its provider', { providers: ['aws'] }, 'aws', true],
		['another provider', { providers: ['alibaba-cloud'] }, 'aws', false],
		['its home country', { home: ['US'] }, 'aws', true],
		['another home country', { home: ['CN'] }, 'aws', false],
		['provider and home both', { providers: ['aws'], home: ['CN'] }, 'aws', false]
	])('a site with %s', (_, filters, provider, expected) => {
		expect(siteMatches({ provider }, homeOf, { ...none, ...filters })).toBe(expected);
	});

	it.each<[string, Partial<Filters>, boolean]>([
		['no filter', {}, true],
		['its kind', { kinds: ['ruling'] }, true],
		['another kind', { kinds: ['law'] }, false],
		['its jurisdiction', { jurisdictions: ['EU'] }, true],
		['another jurisdiction', { jurisdictions: ['US', 'CN'] }, false]
	])('an action with %s', (_, filters, expected) => {
		expect(actionMatches({ kind: 'ruling', jurisdiction: 'EU' }, { ...none, ...filters })).toBe(expected);
	});

	it.each<[string[], boolean]>([
		[[], true],
		[['EU'], true],
		[['US'], true],
		[['CN'], false]
	])('a flow EU → US with jurisdictions %j', (jurisdictions, expected) => {
		expect(flowMatches({ from: 'EU', to: 'US' }, { ...none, jurisdictions })).toBe(expected);
	});
});
