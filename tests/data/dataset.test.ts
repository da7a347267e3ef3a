import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../src/lib/data/readDataFiles';
import { validateDataset } from '../../src/lib/data/validate';
import { MILESTONES } from '../../src/lib/time/milestones';
import { dayOf } from '../../src/lib/time/partialDate';
import { frenchSpacing, frenchTexts } from '../../src/lib/i18n/format';

const result = validateDataset(readDataFiles('data'));

describe('the real dataset in data/', () => {
	it('passes validation with no error', () => {
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	const dataset = result.ok
		? result.dataset
		: { providers: [], sites: [], actions: [], flows: [], jurisdictions: [], stories: [] };

	it('writes every French text with French spacing and apostrophes (run the check, then fix the text)', () => {
		const texts = frenchTexts(dataset);
		expect(texts.length).toBeGreaterThan(300);
		expect(texts.filter((text) => frenchSpacing(text) !== text)).toEqual([]);
		expect(texts.filter((text) => /\w'\w/.test(text))).toEqual([]);
	});

	it('tells both stories, of the lengths a class can follow', () => {
		const lengths = Object.fromEntries(dataset.stories.map((s) => [s.id, s.slides.length]));
		expect(lengths['silicon-valley-to-commerce']).toBeGreaterThanOrEqual(12);
		expect(lengths['silicon-valley-to-commerce']).toBeLessThanOrEqual(20);
		expect(lengths['europe-data-in-limbo']).toBeGreaterThanOrEqual(8);
		expect(lengths['europe-data-in-limbo']).toBeLessThanOrEqual(15);
	});

	it('has at least 20 sites and 25 actions, each with a source', () => {
		expect(dataset.sites.length).toBeGreaterThanOrEqual(20);
		expect(dataset.actions.length).toBeGreaterThanOrEqual(25);
		const unsourced = [...dataset.sites, ...dataset.actions].filter((r) => r.sources.length === 0).map((r) => r.id);
		expect(unsourced).toEqual([]);
	});

	it('holds the records the story’s milestones point at, on the milestone dates', () => {
		const records = new Map<string, string>([
			...dataset.sites.map((s) => [s.id, s.opened] as const),
			...dataset.actions.map((a) => [a.id, a.date] as const)
		]);
		for (const milestone of MILESTONES) {
			expect(records.has(milestone.record), milestone.record).toBe(true);
			expect(dayOf(records.get(milestone.record)!)).toBe(milestone.day);
		}
	});

	it('tells the Hong Kong nuance of "its first site outside its borders"', () => {
		const first = dataset.sites.find((s) => s.id === 'alibaba-us-west-1');
		expect(first?.opened).toBe('2015-03');
		expect(first?.note?.en).toMatch(/Hong Kong/);
		expect(first?.note?.fr).toMatch(/Hong Kong/);
		const hongKong = dataset.sites.find((s) => s.provider === 'alibaba-cloud' && s.country === 'HK');
		expect(hongKong && dayOf(hongKong.opened)).toBeLessThan(dayOf('2015-03'));
	});

	it('keeps the fact sheet’s unverified items marked: the Virginia region has no sourced opening date', () => {
		const virginia = dataset.sites.find((s) => s.id === 'alibaba-us-east-1');
		expect(virginia?.verified).toBe('unverified');
	});

	it('closes Mumbai and Sydney on the announced last days', () => {
		const closed = Object.fromEntries(dataset.sites.filter((s) => s.closed).map((s) => [s.city, s.closed]));
		expect(closed).toMatchObject({ Mumbai: '2024-07-15', Sydney: '2024-09-30' });
	});
});
