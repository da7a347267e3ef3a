/**
 * How complete and how well sourced the dataset is: each provider's regions in the data against
 * its own public count, how precisely the sites' openings are dated, and how many records cite a
 * primary source. The /data page prints these and the data tests hold them at their targets.
 */
import { dayOf, precisionOf, type Precision } from '../time/partialDate.ts';
import { isSiteOpen } from '../time/stateAt.ts';
import type { Dataset, RegionCount, Site, Source } from './types.ts';

/**
 * Hosts of primary sources: the providers' own pages and the official publishers of laws,
 * rulings and decisions. A host matches itself and its subdomains.
 */
export const PRIMARY_HOSTS = [
	// providers and operators
	'amazon.com',
	'aboutamazon.com',
	'amazonaws.cn',
	'microsoft.com',
	'azure.cn',
	'21vianet.com',
	'google',
	'blog.google',
	'googleblog.com',
	'cloud.google.com',
	'alibabacloud.com',
	'aliyun.com',
	'alizila.com',
	'alibabagroup.com',
	'tencentcloud.com',
	'cloud.tencent.com',
	'tencent.com',
	'huaweicloud.com',
	'huawei.com',
	'oracle.com',
	'bleu.fr',
	'bleu-cloud.fr',
	's3ns.io',
	's3ns.fr',
	'orange.com',
	'capgemini.com',
	'thalesgroup.com',
	'sbcloud.co.jp',
	'softbank.jp',
	'telekom.com',
	't-systems.com',
	'sinnet.com.cn',
	'nwcdcloud.cn',
	// governments, courts, regulators, official journals
	'europa.eu',
	'gov',
	'gov.uk',
	'gouv.fr',
	'conseil-etat.fr',
	'cnil.fr',
	'bund.de',
	'gv.at',
	'dataprotection.ie',
	'admin.ch',
	'gov.cn',
	'npc.gov.cn',
	'gov.in',
	'nic.in',
	'rbi.org.in',
	'gov.ru',
	'kremlin.ru',
	'rkn.gov.ru',
	'go.id',
	'gov.vn',
	'gov.sa',
	'citc.gov.sa',
	'cst.gov.sa',
	'uscourts.gov',
	'supremecourt.gov',
	'congress.gov',
	'federalregister.gov',
	'govinfo.gov',
	'whitehouse.gov',
	'legislation.gov.uk',
	'ico.org.uk',
	'curia.europa.eu',
	'legifrance.gouv.fr'
] as const;

/**
 * Hosts the dataset refuses as sources: wikis and their mirrors, exam-prep sites, aggregators and
 * paste sites, which restate facts without being a place a journalist can cite.
 */
export const REFUSED_HOSTS = [
	'wikipedia.org',
	'wikiwand.com',
	'wikizero.com',
	'alchetron.com',
	'dbpedia.org',
	'everybodywiki.com',
	'fandom.com',
	'zeusexam.com',
	'examtopics.com',
	'whizlabs.com',
	'tutorialsdojo.com',
	'pastebin.com',
	'gist.github.com',
	'pkg.go.dev',
	'socket.dev',
	'libraries.io',
	'npmjs.com',
	'wanderluce.com',
	'quora.com',
	'answers.com',
	'coursehero.com',
	'studocu.com'
] as const;

/** The host of a URL, lower-cased, without a leading `www.`; null when it does not parse. */
export function hostOf(url: string): string | null {
	try {
		return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
	} catch {
		return null;
	}
}

/** Whether `host` is one of `hosts` or a subdomain of one. */
export function hostIn(host: string | null, hosts: readonly string[]): boolean {
	return host !== null && hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

/** Code hosts' folders the providers publish themselves (their SDKs' region lists and changelogs). */
export const PRIMARY_PREFIXES = [
	'https://github.com/aws/',
	'https://github.com/awsdocs/',
	'https://github.com/azure/',
	'https://github.com/microsoftdocs/',
	'https://github.com/googleapis/',
	'https://github.com/googlecloudplatform/',
	'https://github.com/aliyun/',
	'https://github.com/alibabacloud/',
	'https://github.com/tencentcloud/',
	'https://github.com/tencentyun/',
	'https://github.com/huaweicloud/',
	'https://github.com/oracle/'
] as const;

/** Whether a source is primary: published by the provider, the operator or an official body. */
export function isPrimary(source: Pick<Source, 'url'>): boolean {
	const url = source.url.toLowerCase();
	return hostIn(hostOf(source.url), PRIMARY_HOSTS) || PRIMARY_PREFIXES.some((prefix) => url.startsWith(prefix));
}

/** One provider's coverage: the regions the data has open on the count's date, against the count. */
export interface ProviderCoverage {
	id: string;
	name: string;
	/** Distinct region codes of its sites open on `regions.asOf` that the count includes. */
	inDataset: number;
	/** Every site record of the provider, whatever its date. */
	sites: number;
	regions: RegionCount | null;
}

/** Whether a site is open on a day, by the map's own rule (isSiteOpen). */
const openOn = (site: Site, day: number) =>
	isSiteOpen({ day: dayOf(site.opened), end: site.closed === undefined ? null : dayOf(site.closed) }, day);

/**
 * Each provider's regions in the data on the date of its own count.
 * @example providerCoverage(dataset)[0] // { id: 'aws', inDataset: 38, regions: { count: 38, … } }
 */
export function providerCoverage(dataset: Pick<Dataset, 'providers' | 'sites'>): ProviderCoverage[] {
	return dataset.providers.map((provider) => {
		const own = dataset.sites.filter((s) => s.provider === provider.id);
		const regions = provider.regions ?? null;
		const day = regions ? dayOf(regions.asOf) : null;
		const codes = new Set(
			own.filter((s) => day !== null && s.region !== null && !s.countExcluded && openOn(s, day)).map((s) => s.region)
		);
		return { id: provider.id, name: provider.name, inDataset: codes.size, sites: own.length, regions };
	});
}

/** The share of each precision among the sites' opening dates. */
export function openingPrecision(sites: Pick<Site, 'opened'>[]): Record<Precision, number> {
	const counts: Record<Precision, number> = { year: 0, month: 0, day: 0 };
	for (const site of sites) counts[precisionOf(site.opened)]++;
	const total = Math.max(1, sites.length);
	return { year: counts.year / total, month: counts.month / total, day: counts.day / total };
}

/** Every record that carries sources, for the shares below. */
export function sourcedRecords(dataset: Dataset): { id: string; sources: Source[] }[] {
	return [
		...dataset.providers,
		...dataset.operators,
		...dataset.sites,
		...dataset.actions,
		...dataset.flows,
		...dataset.jurisdictions.map((j) => ({ ...j, id: j.code }))
	];
}

/** The share of records with at least one primary source. */
export function primaryShare(records: { sources: Pick<Source, 'url'>[] }[]): number {
	return records.filter((r) => r.sources.some(isPrimary)).length / Math.max(1, records.length);
}
