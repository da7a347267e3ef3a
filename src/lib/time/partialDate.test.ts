import { describe, expect, it } from 'vitest';
import { addMonths, dayFromParts, dayOf, isoOfDay, parsePartialDate, partsFromDay, precisionOf } from './partialDate';

describe('parsePartialDate', () => {
	it.each([
		['2015', { year: 2015 }],
		['2015-03', { year: 2015, month: 3 }],
		['2015-03-04', { year: 2015, month: 3, day: 4 }],
		['2020-02-29', { year: 2020, month: 2, day: 29 }],
		['2000-02-29', { year: 2000, month: 2, day: 29 }]
	])('reads %s', (text, parts) => {
		expect(parsePartialDate(text)).toEqual(parts);
	});

	it.each([
		'2016-13',
		'2021-02-30',
		'1900-02-29',
		'2015-00',
		'2015-04-31',
		'2015-3',
		'15-03-04',
		'2015-03-04T00:00',
		'',
		' 2015',
		'2015/03'
	])('rejects %j', (text) => {
		expect(parsePartialDate(text)).toBeNull();
	});
});

describe('day numbers', () => {
	it.each([
		['1970-01-01', 0],
		['1970-01-02', 1],
		['1969-12-31', -1],
		['2000-03-01', 11017],
		['2015-03', 16495],
		['2020-07-16', 18459]
	])('%s is day %i', (text, day) => {
		expect(dayOf(text)).toBe(day);
		expect(isoOfDay(day)).toBe(text.length === 10 ? text : `${text}-01`);
	});

	it('round-trips every day from 1990 to 2040', () => {
		let mismatches = 0;
		for (let d = dayOf('1990-01-01'); d <= dayOf('2040-12-31'); d++) {
			const { year, month, day } = partsFromDay(d);
			if (dayFromParts(year, month, day) !== d) mismatches++;
		}
		expect(mismatches).toBe(0);
	});

	it('throws on an invalid date with the expected wording', () => {
		expect(() => dayOf('2016-13')).toThrow('"2016-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)');
	});
});

describe('addMonths', () => {
	it.each([
		['2015-01-15', 1, '2015-02-15'],
		['2015-01-31', 1, '2015-02-28'],
		['2016-01-31', 1, '2016-02-29'],
		['2015-12-10', 1, '2016-01-10'],
		['2015-01-10', -1, '2014-12-10'],
		['2015-03-31', 12, '2016-03-31'],
		['2016-02-29', -12, '2015-02-28']
	])('%s %+i months is %s', (from, months, to) => {
		expect(isoOfDay(addMonths(dayOf(from), months))).toBe(to);
	});
});

describe('precisionOf', () => {
	it.each([
		['2015', 'year'],
		['2015-03', 'month'],
		['2015-03-04', 'day']
	])('%s has %s precision', (text, precision) => {
		expect(precisionOf(text)).toBe(precision);
	});
});
