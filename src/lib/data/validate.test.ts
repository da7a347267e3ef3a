import { describe, expect, it } from 'vitest';
import { readDataFiles } from './readDataFiles';
import { validateDataset } from './validate';
import type { DataFile } from './types';

const VALID = readDataFiles('tests/fixtures/valid');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The fixture with one file's records changed by `edit`. */
function withEdit(file: DataFile, edit: (records: Json[]) => void): Record<DataFile, string> {
	const records = JSON.parse(VALID[file]) as Json[];
	edit(records);
	return { ...VALID, [file]: JSON.stringify(records, null, '\t') };
}

function errorsOf(texts: Record<DataFile, string>): string[] {
	const result = validateDataset(texts);
	return result.ok ? [] : result.errors;
}

describe('validateDataset', () => {
	it('accepts the valid fixture and returns typed records', () => {
		const result = validateDataset(VALID);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.dataset.sites.map((s) => s.id)).toEqual(['alibaba-us-west-1', 'alibaba-ap-south-1']);
	});

	it.each<[string, DataFile, (records: Json[]) => void, string]>([
		[
			'an impossible month',
			'sites',
			(r) => (r[0].opened = '2016-13'),
			'data/sites.json: alibaba-us-west-1.opened: "2016-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)'
		],
		[
			'an impossible day',
			'actions',
			(r) => (r[0].date = '2021-02-30'),
			'data/actions.json: us-cloud-act.date: "2021-02-30" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)'
		],
		[
			'a missing required field',
			'sites',
			(r) => delete r[0].provider,
			'data/sites.json: alibaba-us-west-1.provider: missing (required)'
		],
		[
			'an unknown field (a typo)',
			'sites',
			(r) => (r[0].openned = '2015'),
			'data/sites.json: alibaba-us-west-1.openned: unknown field (expected one of: id, provider, operator, name, region, city, country, coordinates, locationPrecision, locationNote, announced, opened, closed, countExcluded, sources, verified, note)'
		],
		[
			'a longitude out of range',
			'sites',
			(r) => (r[0].coordinates = [200, 37]),
			'data/sites.json: alibaba-us-west-1.coordinates: longitude 200 is out of range (-180 to 180)'
		],
		[
			'a latitude out of range',
			'actions',
			(r) => (r[0].place.coordinates = [-77, -91]),
			'data/actions.json: us-cloud-act.place.coordinates: latitude -91 is out of range (-90 to 90)'
		],
		[
			'coordinates that are not a pair',
			'sites',
			(r) => (r[0].coordinates = [1]),
			'data/sites.json: alibaba-us-west-1.coordinates: expected [longitude, latitude] in degrees, got [1]'
		],
		[
			'a duplicate id',
			'sites',
			(r) => (r[1].id = 'alibaba-us-west-1'),
			'data/sites.json: alibaba-us-west-1.id: duplicate id (also in data/sites.json)'
		],
		[
			'an id reused across files',
			'sites',
			(r) => (r[1].id = 'alibaba-cloud'),
			'data/sites.json: alibaba-cloud.id: duplicate id (also in data/providers.json)'
		],
		[
			'an id that is not kebab-case',
			'sites',
			(r) => (r[1].id = 'Alibaba_US'),
			'data/sites.json: Alibaba_US.id: "Alibaba_US" is not a kebab-case id (lower-case letters, digits and single hyphens)'
		],
		[
			'an unknown provider',
			'sites',
			(r) => (r[0].provider = 'alibaba'),
			'data/sites.json: alibaba-us-west-1.provider: "alibaba" is not a provider in data/providers.json'
		],
		[
			'an unknown jurisdiction',
			'actions',
			(r) => (r[0].jurisdiction = 'XX'),
			'data/actions.json: us-cloud-act.jurisdiction: "XX" is not a jurisdiction in data/jurisdictions.json'
		],
		[
			'an unknown target site',
			'actions',
			(r) => (r[1].targets.sites = ['nowhere']),
			'data/actions.json: cjeu-schrems-ii.targets.sites[0]: "nowhere" is not a site in data/sites.json'
		],
		[
			'an unknown target flow',
			'actions',
			(r) => (r[1].targets.flows = ['eu-mars']),
			'data/actions.json: cjeu-schrems-ii.targets.flows[0]: "eu-mars" is not a flow in data/flows.json'
		],
		[
			'a flow period pointing at no action',
			'flows',
			(r) => (r[0].periods[1].action = 'schrems-3'),
			'data/flows.json: eu-us.periods[1].action: "schrems-3" is not an action in data/actions.json'
		],
		[
			'a reach law pointing at no action',
			'jurisdictions',
			(r) => (r[0].reach[0].action = 'cloud-act'),
			'data/jurisdictions.json: US.reach[0].action: "cloud-act" is not an action in data/actions.json'
		],
		[
			'closed before opened',
			'sites',
			(r) => (r[1].closed = '2017-12'),
			'data/sites.json: alibaba-ap-south-1.closed: "2017-12" is before opened "2018"'
		],
		[
			'a membership ending before it starts',
			'jurisdictions',
			(r) => (r[1].members[1].to = '1970'),
			'data/jurisdictions.json: EU.members[1].to: "1970" is before from "1973-01-01"'
		],
		[
			'flow periods out of order',
			'flows',
			(r) => (r[0].periods[1].start = '2016-08-01'),
			'data/flows.json: eu-us.periods[1].start: "2016-08-01" is not after the previous period\'s start "2016-08-01"'
		],
		[
			'no source',
			'sites',
			(r) => (r[0].sources = []),
			'data/sites.json: alibaba-us-west-1.sources: expected at least 1 entry, got none'
		],
		[
			'a source that is not http(s)',
			'sites',
			(r) => (r[0].sources[0].url = 'javascript:alert(1)'),
			'data/sites.json: alibaba-us-west-1.sources[0].url: "javascript:alert(1)" is not an http(s) URL'
		],
		[
			'a source without a title',
			'providers',
			(r) => (r[0].sources[0].title = ''),
			'data/providers.json: alibaba-cloud.sources[0].title: expected a non-empty string, got ""'
		],
		[
			'a source title language that is not a language tag',
			'sites',
			(r) => (r[0].sources[0].lang = 'German'),
			'data/sites.json: alibaba-us-west-1.sources[0].lang: "German" is not a language tag (two or three lower-case letters, as de or pt-BR)'
		],
		[
			'a source title language that markup could ride in',
			'sites',
			(r) => (r[0].sources[0].lang = 'de" onmouseover="x'),
			'data/sites.json: alibaba-us-west-1.sources[0].lang: "de\\" onmouseover=\\"x" is not a language tag (two or three lower-case letters, as de or pt-BR)'
		],
		[
			'a source title marked English (the default)',
			'providers',
			(r) => (r[0].sources[0].lang = 'en'),
			'data/providers.json: alibaba-cloud.sources[0].lang: "en" is the default: leave lang out for an English title'
		],
		[
			'a source without a publisher',
			'providers',
			(r) => delete r[0].sources[0].publisher,
			'data/providers.json: alibaba-cloud.sources[0].publisher: missing (required)'
		],
		[
			'a verified level outside the list',
			'sites',
			(r) => (r[0].verified = 'yes'),
			'data/sites.json: alibaba-us-west-1.verified: "yes" is not one of: verified, partial, unverified'
		],
		[
			'an action kind outside the list',
			'actions',
			(r) => (r[0].kind = 'tweet'),
			'data/actions.json: us-cloud-act.kind: "tweet" is not one of: law, executive-order, regulation, ruling, decision, investigation, warning, guidance, policy, provider-measure'
		],
		[
			'a text missing its French',
			'actions',
			(r) => delete r[0].title.fr,
			'data/actions.json: us-cloud-act.title.fr: missing (required)'
		],
		[
			'a country code in lower case',
			'sites',
			(r) => (r[0].country = 'us'),
			'data/sites.json: alibaba-us-west-1.country: "us" is not an ISO 3166-1 alpha-2 country code (two capital letters)'
		],
		[
			'a record that is not an object',
			'sites',
			(r) => ((r as unknown[])[1] = 'site'),
			'data/sites.json: [1]: expected an object, got "site"'
		],
		[
			'a story slide with neither a date nor a pair',
			'stories',
			(r) => delete r[0].slides[0].date,
			'data/stories.json: test-story.slides[0]: needs a date, or a from/to pair'
		],
		[
			'a story slide with a date and a pair',
			'stories',
			(r) => (r[0].slides[1].date = '2016'),
			'data/stories.json: test-story.slides[1]: has both a date and a from/to pair (give one)'
		],
		[
			'a story slide with half a pair',
			'stories',
			(r) => delete r[0].slides[1].from,
			'data/stories.json: test-story.slides[1]: a from/to pair needs both from and to'
		],
		[
			'a "what changed" pair that runs backwards',
			'stories',
			(r) => (r[0].slides[1].to = '2015-01'),
			'data/stories.json: test-story.slides[1].to: "2015-01" is not after from "2015-03"'
		],
		[
			'a focus on an unknown region',
			'stories',
			(r) => (r[0].slides[0].focus = { region: 'atlantis' }),
			'data/stories.json: test-story.slides[0].focus.region: "atlantis" is not one of: world, north-america, united-states, europe, east-asia, asia-pacific, middle-east'
		],
		[
			'a focus that is neither a region nor a box',
			'stories',
			(r) => (r[0].slides[0].focus = { zoom: 3 }),
			'data/stories.json: test-story.slides[0].focus: expected { "region": name } or { "bbox": [west, south, east, north] }, got {"zoom":3}'
		],
		[
			'a box with west east of east',
			'stories',
			(r) => (r[0].slides[1].focus = { bbox: [30, 20, -130, 60] }),
			'data/stories.json: test-story.slides[1].focus.bbox: west 30 is not less than east -130'
		],
		[
			'a box out of range',
			'stories',
			(r) => (r[0].slides[1].focus = { bbox: [-130, 20, 30, 95] }),
			'data/stories.json: test-story.slides[1].focus.bbox: [-130,20,30,95] is out of range (longitudes -180 to 180, latitudes -90 to 90)'
		],
		[
			'a highlight that is no record',
			'stories',
			(r) => r[0].slides[0].highlight.push('no-such-record'),
			'data/stories.json: test-story.slides[0].highlight[1]: "no-such-record" is not a site, action or flow in data/sites.json, data/actions.json, data/flows.json'
		],
		[
			'a slide that cites nothing',
			'stories',
			(r) => (r[0].slides[0].cites = []),
			'data/stories.json: test-story.slides[0].cites: expected at least 1 entry, got none'
		],
		[
			'an unknown layer',
			'stories',
			(r) => (r[0].slides[0].layers = ['sites', 'tiles']),
			'data/stories.json: test-story.slides[0].layers[1]: "tiles" is not one of: sites, actions, flows, reach'
		],
		[
			'a layer listed twice',
			'stories',
			(r) => (r[0].slides[0].layers = ['sites', 'sites']),
			'data/stories.json: test-story.slides[0].layers: a layer is listed twice'
		],
		[
			'a slide without its French notes',
			'stories',
			(r) => delete r[0].slides[0].notes.fr,
			'data/stories.json: test-story.slides[0].notes.fr: missing (required)'
		],
		[
			'a story of one slide',
			'stories',
			(r) => r[0].slides.pop(),
			'data/stories.json: test-story.slides: expected at least 2 entries, got 1'
		],
		[
			'a story id that is also a record id',
			'stories',
			(r) => (r[0].id = 'eu-us'),
			'data/stories.json: eu-us.id: duplicate id (also in data/flows.json)'
		],
		[
			'a verified record whose sources quote nothing',
			'actions',
			(r) => delete r[0].sources[0].quote,
			'data/actions.json: us-cloud-act.verified: "verified" needs a source whose quote states the fact (add a quote, or say "partial")'
		],
		[
			'a partial record without a note',
			'sites',
			(r) => delete r[1].note,
			'data/sites.json: alibaba-ap-south-1.note: missing (required when verified is "partial": say what is not sourced)'
		],
		[
			'an unknown operator',
			'sites',
			(r) => (r[1].operator = 'nobody'),
			'data/sites.json: alibaba-ap-south-1.operator: "nobody" is not an operator in data/operators.json'
		],
		[
			'an operator without a home country',
			'operators',
			(r) => delete r[0].headquarters,
			'data/operators.json: fixture-partner.headquarters: missing (required)'
		],
		[
			'countExcluded set to false',
			'sites',
			(r) => (r[0].countExcluded = false),
			'data/sites.json: alibaba-us-west-1.countExcluded: expected true (or leave the field out), got false'
		],
		[
			'a region count that is not a whole number',
			'providers',
			(r) => (r[0].regions.count = 2.5),
			'data/providers.json: alibaba-cloud.regions.count: expected a whole number (0 or more), got 2.5'
		],
		[
			'no region count without a note saying why',
			'providers',
			(r) => (r[0].regions.count = null),
			'data/providers.json: alibaba-cloud.regions.note: missing (required when count is null: say why)'
		],
		[
			'a region count without its source',
			'providers',
			(r) => delete r[0].regions.source,
			'data/providers.json: alibaba-cloud.regions.source: missing (required with a count: the page that states it)'
		],
		[
			'a lifecycle out of order',
			'actions',
			(r) =>
				(r[0].lifecycle = [
					{ stage: 'in-force', date: '2018-03-23' },
					{ stage: 'amended', date: '2018-03' }
				]),
			'data/actions.json: us-cloud-act.lifecycle[1].date: "2018-03" is before the previous stage\'s date "2018-03-23"'
		],
		[
			'an empty quote',
			'sites',
			(r) => (r[1].sources[0].quote = ' '),
			'data/sites.json: alibaba-ap-south-1.sources[0].quote: expected a non-empty string, got " "'
		],
		[
			'a 10 MB site name',
			'sites',
			(r) => (r[0].name = 'x'.repeat(10_000_000)),
			'data/sites.json: alibaba-us-west-1.name: longer than 1000 characters (10000000)'
		],
		[
			'a summary past the prose limit',
			'actions',
			(r) => (r[0].summary.fr = 'é'.repeat(4_001)),
			'data/actions.json: us-cloud-act.summary.fr: longer than 4000 characters (4001)'
		],
		[
			'a quote past the prose limit',
			'sites',
			(r) => (r[1].sources[0].quote = 'q'.repeat(5_000)),
			'data/sites.json: alibaba-ap-south-1.sources[0].quote: longer than 4000 characters (5000)'
		],
		[
			'a URL past its limit',
			'sites',
			(r) => (r[1].sources[0].url = `https://example.org/${'a'.repeat(2_000)}`),
			'data/sites.json: alibaba-ap-south-1.sources[0].url: longer than 2000 characters (2020)'
		],
		[
			'a list past its limit',
			'actions',
			(r) => (r[1].targets.sites = Array.from({ length: 1_001 }, () => 'alibaba-us-west-1')),
			'data/actions.json: cjeu-schrems-ii.targets.sites: more than 1000 entries (1001)'
		],
		...['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'].map(
			(name): [string, DataFile, (records: Json[]) => void, string] => [
				`an inherited name (${name}) as a field`,
				'providers',
				(r) => Object.defineProperty(r[0], name, { value: {}, enumerable: true }),
				`data/providers.json: alibaba-cloud.${name}: unknown field (expected one of: id, name, headquarters, parent, regions, sources, verified, note)`
			]
		)
	])('reports %s', (_, file, edit, message) => {
		expect(errorsOf(withEdit(file, edit))).toEqual([message]);
	});

	it('refuses a file of more records than the limit, and data files larger than the limit together', () => {
		const many = JSON.stringify(Array.from({ length: 50_001 }, () => ({})));
		expect(errorsOf({ ...VALID, jurisdictions: many })).toContain(
			'data/jurisdictions.json: more than 50000 records (50001)'
		);
		const huge = `[${' '.repeat(64 * 1024 * 1024)}]`;
		expect(errorsOf({ ...VALID, stories: huge })).toEqual([
			`data/: the files hold ${Object.values({ ...VALID, stories: huge }).reduce((n, t) => n + t.length, 0)} characters together, more than the limit of 67108864`
		]);
	});

	it('names file, line and column for malformed JSON', () => {
		const broken = VALID.sites.replace('"opened": "2015-03",', '"opened": "2015-03"');
		expect(errorsOf({ ...VALID, sites: broken })).toEqual([
			"data/sites.json:12:3: malformed JSON: expected ',' or '}' after a property value, found '\"'"
		]);
	});

	it('reports a file that is not an array', () => {
		expect(errorsOf({ ...VALID, flows: '{"id": "eu-us"}' })).toEqual([
			'data/flows.json: expected an array of records, got {"id":"eu-us"}'
		]);
	});

	it('reports every error, not only the first', () => {
		const texts = withEdit('sites', (r) => {
			r[0].opened = '2015-02-30';
			r[1].country = 'India';
		});
		expect(errorsOf(texts)).toHaveLength(2);
	});
});
