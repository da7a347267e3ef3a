import { describe, expect, it } from 'vitest';
import { DataIndex } from './dataIndex';
import { MarkMemo } from './markBuckets';
import {
	actionsListed,
	changesDrawn,
	factsOf,
	mapFacts,
	flowsDrawn,
	groupOfSelection,
	reachDrawn,
	shaded,
	siteShown,
	sitesInFrame,
	sitesListed,
	spotlitGroups,
	type DrawnView
} from './drawn';
import type { GroupAt } from './markBuckets';
import { buildTestModel } from '../../../tests/fixtures/realModel';
import { dayOf } from '$lib/time/partialDate';
import { defaultViewState, LAYERS, type Filters } from '$lib/url/viewState';

const index = new DataIndex(buildTestModel());
const { model } = index;
const NONE: Filters = defaultViewState().filters;
const view = (date: number, extra: Partial<DrawnView> = {}): DrawnView => ({
	date,
	filters: NONE,
	compare: null,
	layers: [...LAYERS],
	...extra
});
const END = model.dataSpan.end;
const flat = (b: GroupAt[][]) => b.flat().map((m) => `${m.group.id} ${m.count} ${m.lead} ${m.recent}`);

describe('the marks', () => {
	it('count, group by group, the sites open and shown at the date', () => {
		const filters = { ...NONE, providers: ['alibaba-cloud', 'aws'] };
		for (const v of [view(dayOf('2018-06-30')), view(END, { filters })]) {
			const drawn = new MarkMemo(index).sites(v).flat();
			for (const g of drawn) {
				const open = g.group.items.filter((id) => {
					const s = index.siteById.get(id)!;
					return s.day <= v.date && (s.end === null || s.end >= v.date) && siteShown(index, v, s);
				});
				expect(g.count).toBe(open.length);
				expect(open).toContain(g.lead);
			}
			const groupsWithOpen = new Set(sitesListed(index, v).map((s) => s.group));
			expect(new Set(drawn.map((g) => g.group.id))).toEqual(groupsWithOpen);
		}
	});

	it('of a memo walked over dates, filters and comparisons are those of a fresh memo, unchanged ones kept', () => {
		const memo = new MarkMemo(index);
		const some = { ...NONE, kinds: ['law'], providers: ['aws'] };
		const compare = { from: dayOf('2016-01-01'), to: dayOf('2020-07-16') };
		const views: DrawnView[] = [];
		for (let t = model.dataSpan.start - 40; t < END + 400; t += 45) views.push(view(t));
		for (let k = 0; k < 40; k++) views.push(view(model.dataSpan.start + ((k * 7919) % (END - model.dataSpan.start))));
		for (let t = dayOf('2019-01-01'); t < dayOf('2021-01-01'); t += 61) views.push(view(t, { filters: some }));
		for (let t = dayOf('2019-01-01'); t < dayOf('2021-01-01'); t += 61) views.push(view(t, { compare }));
		let kept = 0;
		let last: GroupAt[][] = [];
		for (const v of views) {
			const sites = memo.sites(v);
			const actions = memo.actions(v);
			expect(flat(sites)).toEqual(flat(new MarkMemo(index).sites(v)));
			expect(flat(actions)).toEqual(flat(new MarkMemo(index).actions(v)));
			kept += sites.filter((b, i) => b === last[i]).length;
			last = sites;
		}
		expect(kept).toBeGreaterThan(views.length);
	});

	it('are none for a layer that is off', () => {
		const v = view(END, { layers: ['flows'] });
		expect(new MarkMemo(index).sites(v)).toEqual([]);
		expect(new MarkMemo(index).actions(v)).toEqual([]);
		expect(sitesListed(index, v)).toEqual([]);
		expect(actionsListed(index, v)).toEqual([]);
		expect(reachDrawn(index, v)).toEqual([]);
		expect(flowsDrawn(index, view(END, { layers: ['sites'] }))).toEqual([]);
	});
});

describe('the lists', () => {
	it('hold the actions taken by the date, latest first, narrowed by kind', () => {
		const v = view(dayOf('2020-08-31'), { filters: { ...NONE, kinds: ['ruling'] } });
		const listed = actionsListed(index, v);
		expect(listed.length).toBeGreaterThan(0);
		expect(listed.every((a) => a.kind === 'ruling' && a.day <= v.date)).toBe(true);
		expect(listed.map((a) => a.day)).toEqual([...listed.map((a) => a.day)].sort((a, b) => b - a));
		expect(listed.map((a) => a.id)).toContain('cjeu-schrems-ii');
	});

	it('draw each flow with the period in force, marked changed when it differs from the compared start', () => {
		const v = view(dayOf('2020-08-01'), { compare: { from: dayOf('2019-01-01'), to: dayOf('2020-08-01') } });
		const flows = flowsDrawn(index, v);
		expect(flows.length).toBeGreaterThan(0);
		for (const f of flows) {
			expect(f.period).toBe(f.flow.periods[f.index]);
			expect(f.period.day).toBeLessThanOrEqual(v.date);
		}
		expect(flows.some((f) => f.changed)).toBe(true);
		expect(flowsDrawn(index, view(v.date)).some((f) => f.changed)).toBe(false);
	});

	it('draw a reach line only once its law applies and a site it reaches is open and shown', () => {
		const v = view(END, { layers: ['reach', 'sites'] });
		const links = reachDrawn(index, v);
		expect(links.length).toBeGreaterThan(0);
		const hidden = reachDrawn(index, { ...v, filters: { ...NONE, providers: ['no-provider'] } });
		expect(hidden).toEqual([]);
		expect(reachDrawn(index, view(model.dataSpan.start - 1, { layers: ['reach'] }))).toEqual([]);
	});
});

describe('a selection', () => {
	it('shades an action’s countries, a flow’s two ends, nothing else', () => {
		const action = index.actionById.get('cjeu-schrems-ii')!;
		const flow = model.flows[0];
		expect(shaded(index, { type: 'action', action }, END)).toEqual({ from: action.countries, to: [] });
		expect(shaded(index, { type: 'flow', flow }, END)).toEqual({
			from: index.countriesOf(flow.from, END),
			to: index.countriesOf(flow.to, END)
		});
		expect(shaded(index, index.resolve(model.sites[0].id), END)).toEqual({ from: [], to: [] });
		expect(shaded(index, null, END)).toEqual({ from: [], to: [] });
	});

	it('rings the group that holds it, and a slide spotlights groups and flows', () => {
		const site = model.sites[0];
		const action = model.actions[0];
		expect(groupOfSelection(index.resolve(site.id))).toBe(site.group);
		expect(groupOfSelection(index.resolve(action.id))).toBe(action.group);
		expect(groupOfSelection(index.resolve(model.flows[0].id))).toBeNull();
		expect(groupOfSelection(null)).toBeNull();
		expect(spotlitGroups(index, [site.id, model.flows[0].id, 'nothing'])).toEqual(
			new Set([site.group, model.flows[0].id])
		);
	});
});

describe('the facts a headline tells', () => {
	it('count what is drawn and listed, and in compare mode what changed, filters included', () => {
		const compare = { from: dayOf('2016-01-01'), to: dayOf('2020-08-31') };
		const v = view(compare.to, { compare, filters: { ...NONE, providers: ['aws'] } });
		const changes = changesDrawn(index, v)!;
		expect(changes.opened.length).toBeGreaterThan(0);
		expect(changes.opened.every((s) => s.provider === 'aws' && s.day > compare.from && s.day <= compare.to)).toBe(true);
		const lists = {
			sites: sitesListed(index, v),
			actions: actionsListed(index, v),
			flows: flowsDrawn(index, v),
			reach: reachDrawn(index, v),
			changes
		};
		const facts = mapFacts(v, lists);
		expect(facts.filtered).toBe(true);
		expect(facts.sites).toBe(lists.sites);
		expect(facts.flows).toEqual(lists.flows.map((f) => f.period.status));
		expect(facts.compare).toEqual({
			...compare,
			opened: changes.opened.length,
			closed: changes.closed.length,
			actions: changes.actions.length,
			flows: changes.flows.length
		});
		expect(factsOf(index, v)).toEqual(facts);
		expect(changesDrawn(index, view(compare.to))).toBeNull();
	});
});

describe('the sites in the frame', () => {
	it('counts all at the whole world and only those inside a zoomed frame', () => {
		const sites = sitesListed(index, view(END));
		const { width, height } = model.params;
		expect(sitesInFrame(index, sites, { k: 1, x: width / 2, y: height / 2 }, model.params)).toBe(sites.length);
		// Zoomed on one site's place, the frame holds it and fewer than all.
		const g = index.groupById.get(sites[0].group)!.group;
		const n = sitesInFrame(index, sites, { k: 16, x: g.x, y: g.y }, model.params);
		expect(n).toBeGreaterThanOrEqual(1);
		expect(n).toBeLessThan(sites.length);
	});
});
