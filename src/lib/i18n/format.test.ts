import { describe, expect, it } from 'vitest';
import {
	byCountryName,
	countryName,
	countryNameTable,
	formatDay,
	formatMonth,
	formatNumber,
	formatPartialDate,
	frenchSpacing,
	frenchTexts,
	translate,
	translator,
	useCountryNames
} from './format';
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

	it('writes the first of the month as an ordinal in French', () => {
		expect(formatPartialDate('2016-08-01', 'fr')).toBe('1er août 2016');
		expect(formatPartialDate('2016-08-01', 'en')).toBe('1 August 2016');
	});

	// The formats are written by hand (Intl's locale data is slow to load in the browser);
	// they must still say what Intl says, for every month, in both languages.
	it.each(['en', 'fr'] as const)('matches Intl for every month in %s', (lang) => {
		const locale = lang === 'en' ? 'en-GB' : 'fr-FR';
		const long = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
		const monthYear = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
		const short = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
		for (let m = 1; m <= 12; m++) {
			const iso = `2020-${String(m).padStart(2, '0')}-15`;
			const date = new Date(`${iso}T00:00:00Z`);
			expect(formatPartialDate(iso, lang)).toBe(long.format(date));
			expect(formatPartialDate(iso.slice(0, 7), lang)).toBe(monthYear.format(date));
			expect(formatMonth(dayOf(iso), lang)).toBe(short.format(date));
		}
	});
});

describe('formatNumber', () => {
	it.each([
		[0, 'en', '0'],
		[999, 'en', '999'],
		[1234, 'en', '1,234'],
		[1234567, 'en', '1,234,567'],
		[1234, 'fr', '1\u202f234'],
		[12.5, 'fr', '12,5'],
		[-3, 'en', '−3'],
		[Number.NaN, 'en', 'NaN']
	] as const)('%d in %s is %s', (value, lang, text) => {
		expect(formatNumber(value, lang)).toBe(text);
	});

	it('matches Intl for whole numbers', () => {
		for (const n of [7, 42, 1000, 10000, 123456, 9876543])
			for (const [lang, locale] of [
				['en', 'en-GB'],
				['fr', 'fr-FR']
			] as const)
				expect(formatNumber(n, lang)).toBe(new Intl.NumberFormat(locale).format(n));
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

	it('builds a table sorted by name, and the browser reads names and order from it', () => {
		const table = countryNameTable(['US', 'DE', 'FR', 'DE'], 'fr');
		expect(Object.entries(table)).toEqual([
			['DE', 'Allemagne'],
			['US', 'États-Unis'],
			['FR', 'France']
		]);
		useCountryNames('fr', { ...table, ZZ: 'Pays test' });
		expect(countryName('ZZ', 'fr')).toBe('Pays test');
		expect(['FR', 'US', 'DE'].sort(byCountryName('fr'))).toEqual(['DE', 'US', 'FR']);
		// A code outside the table still sorts, by its name.
		expect(['GB', 'AT'].sort(byCountryName('en'))).toEqual(['AT', 'GB']);
	});
});

describe('frenchSpacing', () => {
	it.each([
		['Note : voir', 'Note\u202f: voir'],
		['Vraiment ? Oui !', 'Vraiment\u202f? Oui\u202f!'],
		['« ici »', '«\u202fici\u202f»'],
		['«ici»', '«\u202fici\u202f»'],
		['a ; b', 'a\u202f; b'],
		['a; b', 'a\u202f; b'],
		['Déjà\u202f: bien', 'Déjà\u202f: bien'],
		['https://example.org/a?b=1', 'https://example.org/a?b=1'],
		['à 10:30', 'à 10:30'],
		['Quoi ?!', 'Quoi\u202f?!']
	])('%s', (text, spaced) => {
		expect(frenchSpacing(text)).toBe(spaced);
	});

	it('finds the French of each {en, fr} pair, anywhere in the data', () => {
		const data = [{ id: 'x', title: { en: 'A', fr: 'B' }, tags: ['c'], deep: { t: { en: 'D', fr: 'E' } } }];
		expect(frenchTexts(data)).toEqual(['B', 'E']);
	});

	it('finds every French message already spaced the French way', () => {
		const bad = Object.entries(MESSAGES.fr).filter(([, v]) => frenchSpacing(v) !== v);
		expect(bad).toEqual([]);
	});
});
