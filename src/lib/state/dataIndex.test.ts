import { describe, expect, it } from 'vitest';
import { DataIndex } from './dataIndex';
import { buildTestModel } from '../../../tests/fixtures/realModel';
import { STORY_SPAN } from '$lib/time/timeline';

const index = new DataIndex(buildTestModel());
const { model } = index;

describe('DataIndex', () => {
	it('finds every record, group, provider, operator and jurisdiction by its id', () => {
		for (const s of model.sites) expect(index.siteById.get(s.id)).toBe(s);
		for (const a of model.actions) expect(index.actionById.get(a.id)).toBe(a);
		for (const f of model.flows) expect(index.flowById.get(f.id)).toBe(f);
		for (const g of model.siteGroups) expect(index.groupById.get(g.id)).toEqual({ group: g, kind: 'sites' });
		for (const g of model.actionGroups) expect(index.groupById.get(g.id)).toEqual({ group: g, kind: 'actions' });
		for (const j of model.jurisdictions) expect(index.jurisdictionByCode.get(j.code)).toBe(j);
		expect(index.providerById.size).toBe(model.providers.length);
		expect(index.operatorById.size).toBe(model.operators.length);
	});

	it('resolves an id to what it names, and anything else to null', () => {
		const site = model.sites[0];
		const action = model.actions[0];
		const flow = model.flows[0];
		const group = model.siteGroups.find((g) => g.items.length > 1)!;
		expect(index.resolve(site.id)).toEqual({ type: 'site', site });
		expect(index.resolve(action.id)).toEqual({ type: 'action', action });
		expect(index.resolve(flow.id)).toEqual({ type: 'flow', flow });
		expect(index.resolve(group.id)).toEqual({ type: 'group', group, kind: 'sites' });
		for (const id of [null, '', 'no-such-record', 'constructor', '__proto__']) expect(index.resolve(id)).toBeNull();
	});

	it('names providers and operators, falling back to the id', () => {
		const aws = model.providers.find((p) => p.id === 'aws')!;
		expect(index.providerName('aws')).toBe(aws.name);
		expect(index.providerColor('aws')).toBe(aws.color);
		expect(index.providerName('nobody')).toBe('nobody');
		expect(index.providerColor('nobody')).toBe(0);
		const operator = model.operators[0];
		expect(index.operatorName(operator.id)).toBe(operator.name);
		expect(index.homeOf.get(operator.id)).toBe(operator.headquarters);
		expect(index.homeOf.get('aws')).toBe('US');
	});

	it('lists the providers with a site, in the model’s order', () => {
		const withSites = model.providers.filter((p) => model.sites.some((s) => s.provider === p.id));
		expect(index.providersWithSites).toEqual(withSites);
		expect(withSites.length).toBeGreaterThan(5);
	});

	it('spans the story and all the data, and lets a URL name every id it holds', () => {
		expect(index.fullSpan.start).toBeLessThanOrEqual(Math.min(STORY_SPAN.start, model.dataSpan.start));
		expect(index.fullSpan.end).toBe(Math.max(STORY_SPAN.end, model.dataSpan.end));
		expect(index.context.dates).toBe(index.fullSpan);
		expect(index.context.ids.size).toBe(
			model.sites.length + model.actions.length + model.flows.length + index.groupById.size
		);
		expect(index.context.home.has('CN')).toBe(true);
	});

	it('gives a jurisdiction’s countries on a day, none for an unknown code', () => {
		const eu = index.jurisdictionByCode.get('EU')!;
		expect(index.countriesOf('EU', model.dataSpan.end)).toContain('FR');
		expect(index.countriesOf('EU', model.dataSpan.end).length).toBeGreaterThan(20);
		expect(eu).toBeDefined();
		expect(index.countriesOf('XX', model.dataSpan.end)).toEqual([]);
		expect(index.jurisdictionName('EU')).toBe(eu.name);
		expect(index.jurisdictionByCode.has('IS')).toBe(false);
		expect(index.jurisdictionName('IS')).toBe('Iceland');
	});
});
