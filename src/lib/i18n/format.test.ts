import { describe, expect, it } from 'vitest';
import { countryName, formatDay, formatPartialDate, translate, translator } from './format';
import { MESSAGES } from './messages';
import { dayOf } from '../time/partialDate';

describe('formatPartialDate', () => {
	it.each([
		['2015', 'en', '2015'],
		['2015-03', 'en', 'March 2015'],
		['2015-03', 'fr', 'mars 2015'],
		['2020-08-05', 'en', '5 August 2020'],
		['2020-08-05', 'fr', '5 août 2020'],
		['2020-02-30', 'en', '2020-02-30']
	] as const)('%s in %s is %s', (text, lang, words) => {
		expect(formatPartialDate(text, lang)).toBe(words);
	});

	it('formats a day number', () => {
		expect(formatDay(dayOf('2022-01-18'), 'fr')).toBe('18 janvier 2022');
	});
});

describe('translate', () => {
	it.each([
		['en', 1, '1 data centre'],
		['en', 14, '14 data centres'],
		['fr', 1, '1 centre de données'],
		['fr', 0, '0 centre de données'],
		['fr', 1234, '1 234 centres de données']
	] as const)('plural in %s for %i', (lang, count, text) => {
		expect(translate(lang, 'count.sites', { count }).replace(/\u202f|\u00a0/g, ' ')).toBe(text);
	});

	it('binds a language with translator()', () => {
		expect(translator('fr')('nav.data')).toBe('Données');
		expect(translator('en')('count.sites', { count: 2 })).toBe('2 data centres');
	});

	it('fills placeholders with plain text, never markup', () => {
		expect(translate('en', 'panel.group', { count: 3, place: '<b>x</b>' })).toBe('3 at <b>x</b>');
	});

	it('has every English key in French and no extra key', () => {
		expect(Object.keys(MESSAGES.fr).sort()).toEqual(Object.keys(MESSAGES.en).sort());
		const empty = Object.entries(MESSAGES.fr).filter(([, v]) => v.trim() === '');
		expect(empty).toEqual([]);
	});
});

describe('countryName', () => {
	it.each([
		['US', 'en', 'United States'],
		['DE', 'fr', 'Allemagne'],
		['EU', 'en', 'European Union'],
		['EU', 'fr', 'Union européenne']
	] as const)('%s in %s is %s', (code, lang, name) => {
		expect(countryName(code, lang)).toBe(name);
	});
});
