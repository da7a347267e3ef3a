import { describe, expect, it } from 'vitest';
import { readDataFiles } from './readDataFiles';
import { validateDataset } from './validate';
import { buildMapModel } from './model';
import { projectLonLat } from '../geo/lonLat';
import type { ProjectionParams } from '../geo/basemap';

const result = validateDataset(readDataFiles('data'));
if (!result.ok) throw new Error('the real dataset must be valid for this test');
const { dataset } = result;
const params: ProjectionParams = { scale: 160, translate: [480, 260], width: 960, height: 500 };
const build = (d = dataset) => buildMapModel(d, 'en', (p) => projectLonLat(p, params), params);

describe('marker groups', () => {
	it('are in the order of their first day, sites and actions', () => {
		const model = build();
		for (const groups of [model.siteGroups, model.actionGroups]) {
			expect(groups.length).toBeGreaterThan(10);
			for (let i = 1; i < groups.length; i++)
				expect(groups[i].starts[0]).toBeGreaterThanOrEqual(groups[i - 1].starts[0]);
		}
	});

	it('keep the ids the data gives them, whatever the order they are drawn in', () => {
		const site = dataset.sites[0];
		// Another place of the same name, listed last but opened first: drawn first, named second.
		const twin = {
			...site,
			id: `${site.id}-twin`,
			coordinates: [site.coordinates[0] + 40, site.coordinates[1]] as [number, number],
			opened: '1999-01-01'
		};
		const model = build({ ...dataset, sites: [...dataset.sites, twin] });
		const before = build().siteGroups.find((g) => g.items.includes(site.id))!;
		const own = model.siteGroups.find((g) => g.items.includes(site.id))!;
		const other = model.siteGroups.find((g) => g.items.includes(twin.id))!;
		expect(own.id).toBe(before.id);
		expect(other.id).toBe(`${before.id}-2`);
		expect(model.siteGroups[0]).toBe(other);
	});
});
