import { describe, expect, it } from 'vitest';
import { packModel, unpackModel } from './wire';
import { buildTestModel } from '../../../tests/fixtures/realModel';

describe('the packed map model', () => {
	for (const lang of ['en', 'fr'] as const) {
		const model = buildTestModel(lang);

		it(`unpacks to exactly the model it came from (${lang})`, () => {
			// Through JSON, as the page data travels.
			const wire = JSON.parse(JSON.stringify(packModel(model)));
			expect(unpackModel(wire)).toEqual(model);
		});

		it(`leaves out the arcs' paths and the groups' members (${lang})`, () => {
			const wire = packModel(model);
			expect(wire.flows.some((f) => 'd' in f || 'mid' in f || 'arrow' in f)).toBe(false);
			expect(wire.reachLinks.some((l) => 'd' in l)).toBe(false);
			expect([...wire.siteGroups, ...wire.actionGroups].some((g) => 'items' in g)).toBe(false);
			// Smaller by more than the arcs' paths alone.
			const paths = [...model.flows, ...model.reachLinks].reduce((n, a) => n + a.d.length, 0);
			expect(paths).toBeGreaterThan(1000);
			expect(JSON.stringify(wire).length).toBeLessThan(JSON.stringify(model).length - paths);
		});
	}

	it('refuses a record that names a group the page does not have', () => {
		const model = buildTestModel('en');
		const wire = packModel(model);
		wire.sites = [{ ...wire.sites[0], group: 'place-nowhere' }];
		expect(() => unpackModel(wire)).toThrow(/unknown group place-nowhere/);
	});
});
