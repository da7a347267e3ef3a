import { describe, expect, it } from 'vitest';
import { dayOf } from './partialDate';
import { periodAt, periodIndexAt } from './flowStatus';

// EU → US, as in data/flows.json.
const EU_US = [
	{ start: '2000-07-26', status: 'framework', basis: 'Safe Harbour' },
	{ start: '2015-10-06', status: 'none', basis: 'Schrems I' },
	{ start: '2016-08-01', status: 'framework', basis: 'Privacy Shield' },
	{ start: '2020-07-16', status: 'none', basis: 'Schrems II' },
	{ start: '2023-07-10', status: 'framework', basis: 'Data Privacy Framework' }
].map((p) => ({ ...p, day: dayOf(p.start) }));

describe('periodAt (EU → US)', () => {
	it.each([
		['2000-07-25', null, null],
		['2000-07-26', 'framework', 'Safe Harbour'],
		['2015-10-05', 'framework', 'Safe Harbour'],
		['2015-10-06', 'none', 'Schrems I'],
		['2015-10-07', 'none', 'Schrems I'],
		['2016-07-31', 'none', 'Schrems I'],
		['2016-08-01', 'framework', 'Privacy Shield'],
		['2020-07-15', 'framework', 'Privacy Shield'],
		['2020-07-16', 'none', 'Schrems II'],
		['2020-07-17', 'none', 'Schrems II'],
		['2023-07-09', 'none', 'Schrems II'],
		['2023-07-10', 'framework', 'Data Privacy Framework'],
		['2023-07-11', 'framework', 'Data Privacy Framework']
	])('on %s the status is %s (%s)', (t, status, basis) => {
		const period = periodAt(EU_US, dayOf(t));
		expect(period?.status ?? null).toBe(status);
		expect(period?.basis ?? null).toBe(basis);
	});

	it('gives -1 with no periods', () => {
		expect(periodIndexAt([], 0)).toBe(-1);
	});
});
