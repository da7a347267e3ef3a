/**
 * The dataset's completeness and sourcing, held at their targets: each provider's regions against
 * its own public count, how precisely openings are dated, how many records cite a primary source,
 * and no source from a refused host. The shares are printed so a run shows where they stand.
 */
import { describe, expect, it } from 'vitest';
import { realDataset as dataset } from '../fixtures/realModel';
import {
	REFUSED_HOSTS,
	hostIn,
	hostOf,
	openingPrecision,
	primaryShare,
	providerCoverage,
	sourcedRecords
} from '../../src/lib/data/coverage';

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

/** The targets the dataset works towards: openings dated to the month or the day, records citing a primary source. */
const TARGET = { precise: 0.8, primary: 0.6 };
/**
 * What the data holds today: the primary share meets its target; the precision does not, as
 * no stored source dates some regions past their year (see data/README.md, Known gaps).
 * A change that lowers a share below its floor fails; raise a floor as records improve.
 */
const FLOOR = { precise: 0.73, primary: 0.6 };
const standing = (share: number, target: number) =>
	`${percent(share)} (target ${percent(target)}: ${share >= target ? 'met' : 'not met'})`;

describe('coverage of the real dataset', () => {
	const coverage = providerCoverage(dataset);

	it('states a region count, or why there is none, for every provider', () => {
		const missing = coverage.filter((c) => c.regions === null).map((c) => c.id);
		expect(missing).toEqual([]);
	});

	it.each(coverage.filter((c) => c.regions?.count != null).map((c) => [c.id, c] as const))(
		'has every public region of %s open on the date of its count',
		(_id, c) => {
			console.log(`${c.name}: ${c.inDataset} of ${c.regions!.count} public regions as of ${c.regions!.asOf}`);
			expect(c.inDataset).toBe(c.regions!.count);
		}
	);

	it('dates site openings to the month or the day at least as often as its floor, and prints the share', () => {
		const shares = openingPrecision(dataset.sites);
		console.log(
			`opening dates of ${dataset.sites.length} sites: day ${percent(shares.day)}, month ${percent(shares.month)}, year ${percent(shares.year)}; month or day ${standing(shares.day + shares.month, TARGET.precise)}`
		);
		expect(shares.day + shares.month).toBeGreaterThanOrEqual(FLOOR.precise);
	});

	it('cites a primary source in at least its floor’s share of records, and prints the share', () => {
		const records = sourcedRecords(dataset);
		const share = primaryShare(records);
		console.log(`records with a primary source: ${standing(share, TARGET.primary)} of ${records.length}`);
		expect(share).toBeGreaterThanOrEqual(FLOOR.primary);
	});

	it('cites no source from a refused host (wikis, exam-prep sites, aggregators, paste sites)', () => {
		const refused = sourcedRecords(dataset).flatMap((r) =>
			r.sources.filter((s) => hostIn(hostOf(s.url), REFUSED_HOSTS)).map((s) => `${r.id}: ${s.url}`)
		);
		expect(refused).toEqual([]);
	});

	it('quotes a source in every verified record', () => {
		const unquoted = sourcedRecords(dataset)
			.filter((r) => (r as { verified?: string }).verified === 'verified')
			.filter((r) => !r.sources.some((s) => s.quote?.trim()))
			.map((r) => r.id);
		expect(unquoted).toEqual([]);
	});

	it('names an operator only where one runs a site, and runs every operator’s site under a known home', () => {
		const used = new Set(dataset.sites.map((s) => s.operator).filter(Boolean));
		expect(dataset.operators.map((o) => o.id).filter((id) => !used.has(id))).toEqual([]);
		for (const o of dataset.operators) expect(dataset.jurisdictions.some((j) => j.code === o.headquarters)).toBe(true);
	});

	it('dates every retired site’s last day no earlier than its opening, and every lifecycle in order', () => {
		for (const s of dataset.sites.filter((s) => s.closed)) expect(s.closed! >= s.opened, s.id).toBe(true);
		for (const a of dataset.actions) {
			const dates = (a.lifecycle ?? []).map((step) => step.date);
			expect(dates, a.id).toEqual([...dates].sort());
		}
	});
});
