import { describe, expect, it } from 'vitest';
import { dayOf } from './partialDate';
import { reachAt, reachStart } from './reach';

const law = (name: string, inForce: string) => ({ name, inForce, day: dayOf(inForce), summary: name });
const JURISDICTIONS = new Map([
	['US', { code: 'US', reach: [law('FISA Section 702', '2008-07-10'), law('CLOUD Act', '2018-03-23')] }],
	['CN', { code: 'CN', reach: [law('National Intelligence Law', '2017-06-28')] }],
	['FR', { code: 'FR', reach: [] }]
]);

describe('reachAt', () => {
	it.each<[string, string, string, string, string[] | null]>([
		['a Chinese provider in Germany, the day before the law', 'DE', 'CN', '2017-06-27', null],
		[
			'a Chinese provider in Germany, the day the law took effect',
			'DE',
			'CN',
			'2017-06-28',
			['National Intelligence Law']
		],
		['a Chinese provider in Germany, the day after', 'DE', 'CN', '2017-06-29', ['National Intelligence Law']],
		['a Chinese provider at home', 'CN', 'CN', '2020-01-01', null],
		['a US provider in Ireland before FISA 702', 'IE', 'US', '2008-07-09', null],
		['a US provider in Ireland, FISA 702 only', 'IE', 'US', '2018-03-22', ['FISA Section 702']],
		['a US provider in Ireland under both laws', 'IE', 'US', '2018-03-23', ['FISA Section 702', 'CLOUD Act']],
		['a French provider in Germany (no law recorded)', 'DE', 'FR', '2024-01-01', null],
		['a provider from a jurisdiction not in the data', 'DE', 'XX', '2024-01-01', null]
	])('%s', (_, country, home, t, laws) => {
		const reach = reachAt({ country }, home, JURISDICTIONS, dayOf(t));
		expect(reach?.laws.map((l) => l.name) ?? null).toEqual(laws);
		if (reach) expect(reach.jurisdiction).toBe(home);
	});
});

describe('reachStart', () => {
	it('is the earliest law in force, or null without laws', () => {
		expect(reachStart(JURISDICTIONS.get('US'))).toBe(dayOf('2008-07-10'));
		expect(reachStart(JURISDICTIONS.get('FR'))).toBeNull();
		expect(reachStart(undefined)).toBeNull();
	});
});
