import { describe, expect, it } from 'vitest';
import { buildTestModel, realDataset as dataset } from '../../../tests/fixtures/realModel';

const build = (d = dataset) => buildTestModel('en', d);

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
