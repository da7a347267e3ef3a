import { describe, expect, it } from 'vitest';
import { excerptModel, packModel, unpackModel } from './wire';
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
			expect(wire.reachLinks.some((l) => 'd' in l || 'id' in l)).toBe(false);
			expect(wire.sites.some((s) => 'day' in s || 'end' in s)).toBe(false);
			expect(wire.actions.some((a) => 'day' in a || 'countries' in a)).toBe(false);
			expect('eventDays' in wire).toBe(false);
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

	it("cuts a page's excerpt to the records it names, which still unpacks", () => {
		const wire = packModel(buildTestModel('en'));
		const site = wire.sites.find((s) => wire.reachLinks.some((l) => l.sites.includes(s.id)))!;
		const [action, flow] = [wire.actions[0], wire.flows[0]];
		const excerpt = excerptModel(wire, new Set([site.id, action.id, flow.id]));
		expect(excerpt.sites.map((s) => s.id)).toEqual([site.id]);
		expect(excerpt.actions.map((a) => a.id)).toEqual([action.id]);
		expect(excerpt.flows.map((f) => f.id)).toEqual([flow.id]);
		expect(excerpt.siteGroups.map((g) => g.id)).toEqual([site.group]);
		expect(excerpt.actionGroups.map((g) => g.id)).toEqual([action.group]);
		expect(excerpt.reachLinks.length).toBeGreaterThan(0);
		expect(excerpt.reachLinks.every((l) => l.sites.length === 1 && l.sites[0] === site.id)).toBe(true);
		// The bounded lists stay whole, and the full span too: the timeline does not move.
		expect(excerpt.providers).toEqual(wire.providers);
		expect(excerpt.jurisdictions).toEqual(wire.jurisdictions);
		expect(excerpt.dataSpan).toEqual(wire.dataSpan);
		const model = unpackModel(JSON.parse(JSON.stringify(excerpt)));
		expect(model.siteGroups[0].items).toEqual([site.id]);
		const full = unpackModel(wire);
		const [siteView, actionView] = [full.sites.find((s) => s.id === site.id)!, full.actions[0]];
		// Its event days are its own records' days.
		expect(model.eventDays).toEqual(
			[...new Set([siteView.day, siteView.end, actionView.day].filter((d) => d !== null))].sort((a, b) => a! - b!)
		);
	});
});
