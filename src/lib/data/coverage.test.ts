import { describe, expect, it } from 'vitest';
import { hostIn, hostOf, isPrimary, openingPrecision, primaryShare, providerCoverage } from './coverage';
import type { Provider, Site } from './types';

const evidence = {
	sources: [{ url: 'https://example.org', title: 'T', publisher: 'P', date: '2020' }],
	verified: 'partial' as const
};
const site = (id: string, over: Partial<Site>): Site => ({
	id,
	provider: 'p',
	name: id,
	region: id,
	city: 'C',
	country: 'FR',
	coordinates: [0, 0],
	locationPrecision: 'metro',
	opened: '2020-01',
	...evidence,
	...over
});
const provider = (count: number | null, asOf = '2022-01-01'): Provider => ({
	id: 'p',
	name: 'P',
	headquarters: 'US',
	...evidence,
	regions: { count, asOf, definition: { en: 'd', fr: 'd' }, source: evidence.sources[0] }
});

describe('hostOf and hostIn', () => {
	it.each([
		['https://www.aws.amazon.com/blogs/x', 'aws.amazon.com', true],
		['https://eur-lex.europa.eu/eli/reg/2016/679/oj', 'eur-lex.europa.eu', true],
		['https://www.federalregister.gov/d/2021-00302', 'federalregister.gov', true],
		['https://notamazon.com/x', 'notamazon.com', false],
		['https://example.org/amazon.com', 'example.org', false],
		['https://github.com/oracle/oci-go-sdk/blob/master/CHANGELOG.md', 'github.com', true],
		['https://github.com/someone/aws-regions', 'github.com', false]
	])('%s is on %s (primary: %s)', (url, host, primary) => {
		expect(hostOf(url)).toBe(host);
		expect(isPrimary({ url })).toBe(primary);
	});
	it('does not parse what is not a URL, and matches subdomains only on a dot', () => {
		expect(hostOf('not a url')).toBeNull();
		expect(hostIn(null, ['a.com'])).toBe(false);
		expect(hostIn('en.wikipedia.org', ['wikipedia.org'])).toBe(true);
		expect(hostIn('mywikipedia.org', ['wikipedia.org'])).toBe(false);
	});
});

describe('providerCoverage', () => {
	const sites = [
		site('r1', {}),
		site('r1-b', { region: 'r1' }),
		site('r2', { opened: '2021-12-31', closed: '2022-01-01' }),
		site('r3', { opened: '2021', closed: '2021-12-31' }),
		site('r4', { opened: '2022-01-02' }),
		site('gov', { countExcluded: true }),
		site('dc', { region: null })
	];
	it('counts distinct region codes open on the count’s date, leaving out excluded partitions', () => {
		const [c] = providerCoverage({ providers: [provider(2)], sites });
		expect(c).toMatchObject({ id: 'p', inDataset: 2, sites: 7 });
	});
	it('counts nothing for a provider without a count', () => {
		const [c] = providerCoverage({ providers: [{ ...provider(null), regions: undefined }], sites });
		expect(c.inDataset).toBe(0);
		expect(c.regions).toBeNull();
	});
});

describe('openingPrecision and primaryShare', () => {
	it('gives the share of each precision', () => {
		expect(
			openingPrecision([{ opened: '2020' }, { opened: '2020-01' }, { opened: '2020-01-02' }, { opened: '2021-03' }])
		).toEqual({
			year: 0.25,
			month: 0.5,
			day: 0.25
		});
	});
	it('counts a record as primary when any of its sources is', () => {
		expect(
			primaryShare([
				{ sources: [{ url: 'https://example.org' }, { url: 'https://azure.microsoft.com/blog/x' }] },
				{ sources: [{ url: 'https://example.org' }] }
			])
		).toBe(0.5);
	});
});
