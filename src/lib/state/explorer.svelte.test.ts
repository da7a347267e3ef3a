/** The view's runes, run in Node: commands change the view, and what it draws follows. */
import { describe, expect, it } from 'vitest';
import { ExplorerState } from './explorer.svelte';
import { DataIndex } from './dataIndex';
import { buildTestModel } from '../../../tests/fixtures/realModel';
import { dayOf } from '$lib/time/partialDate';
import { STORY_SPAN } from '$lib/time/timeline';
import { MILESTONE_DAYS } from '$lib/time/milestones';
import { defaultViewState, viewQuery } from '$lib/url/viewState';

const index = new DataIndex(buildTestModel());
const fresh = (initial = {}) => new ExplorerState(index, initial);

describe('ExplorerState', () => {
	it('starts at the default view and derives what it draws from the date', () => {
		const view = fresh();
		expect(view.viewState).toEqual(defaultViewState());
		const early = view.sitesAt.length;
		const earlyMarks = view.siteGroupsAt.reduce((n, g) => n + g.count, 0);
		expect(earlyMarks).toBe(early);
		view.clock.setDate(STORY_SPAN.end);
		expect(view.sitesAt.length).toBeGreaterThan(early);
		expect(view.siteGroupsAt.reduce((n, g) => n + g.count, 0)).toBe(view.sitesAt.length);
		expect(view.actionsAt.every((a) => a.day <= view.date)).toBe(true);
	});

	it('keeps the date inside the span, and widens the span for a date beyond the story', () => {
		const view = fresh();
		view.clock.setDate(STORY_SPAN.end + 5000);
		expect(view.date).toBe(STORY_SPAN.end);
		view.clock.setSpan('full');
		view.clock.toEnd();
		expect(view.date).toBe(index.fullSpan.end);
		view.clock.setSpan('story');
		expect(view.date).toBe(STORY_SPAN.end);
		const outside = fresh({ date: index.fullSpan.end });
		expect(outside.clock.span).toEqual(index.fullSpan);
	});

	it('shows and hides layers in their one order, and draws nothing of a hidden layer', () => {
		const view = fresh({ date: STORY_SPAN.end });
		view.setLayer('sites', false);
		expect(view.siteGroupsAt).toEqual([]);
		expect(view.sitesAt).toEqual([]);
		view.setLayer('reach', true);
		view.setLayer('sites', true);
		expect(view.layers).toEqual(['sites', 'actions', 'flows', 'reach']);
		expect(view.reachAt.length).toBeGreaterThan(0);
	});

	it('narrows the marks and lists with a filter', () => {
		const view = fresh({ date: STORY_SPAN.end });
		const all = view.sitesAt.length;
		view.setFilter('providers', ['aws']);
		expect(view.sitesAt.length).toBeGreaterThan(0);
		expect(view.sitesAt.length).toBeLessThan(all);
		expect(view.sitesAt.every((s) => s.provider === 'aws')).toBe(true);
		expect(view.siteGroupsAt.every((g) => index.siteById.get(g.lead)!.provider === 'aws')).toBe(true);
	});

	it('resolves the selection, shades it and rings its group; a reader’s choice asks for focus', () => {
		const view = fresh({ date: STORY_SPAN.end });
		const action = index.actionById.get('cjeu-schrems-ii')!;
		view.select(action.id);
		expect(view.selection).toEqual({ type: 'action', action });
		expect(view.highlighted).toEqual(action.countries);
		expect(view.selectedGroup).toBe(action.group);
		expect(view.focusRequests).toBe(1);
		view.select(null, { moveFocus: false });
		expect(view.selection).toBeNull();
		expect(view.highlighted).toEqual([]);
		expect(view.focusRequests).toBe(1);
		view.spotlight = [action.id];
		expect(view.spotGroups.has(action.group)).toBe(true);
	});

	it('compares two dates in either order, showing the later', () => {
		const view = fresh();
		const a = dayOf('2016-07-12');
		const b = dayOf('2020-07-16');
		view.clock.setCompare(b, a);
		expect(view.compare).toEqual({ from: a, to: b });
		expect(view.date).toBe(b);
		expect(view.spanChoice).toBe('story');
		view.clock.setCompare(dayOf('2024-01-01'), a);
		expect(view.spanChoice).toBe('full');
		view.clock.clearCompare();
		expect(view.compare).toBeNull();
	});

	it('reads a URL, keeping what it did not understand, and writes the same view back', () => {
		const view = fresh();
		view.applyParams(new URLSearchParams('date=2020-07-16&selected=cjeu-schrems-ii&layers=sites,flows&theme=purple'));
		expect(view.date).toBe(dayOf('2020-07-16'));
		expect(view.selection?.type).toBe('action');
		expect(view.layers).toEqual(['sites', 'flows']);
		expect(view.issues.map((i) => i.param)).toEqual(['theme']);
		const again = fresh();
		again.applyParams(new URLSearchParams(viewQuery(view.viewState)));
		expect(again.viewState).toEqual(view.viewState);
	});

	it('keeps a zoom as its centre in longitude and latitude', () => {
		const view = fresh();
		view.apply({ ...defaultViewState(), focus: { k: 3, center: [10, 50] } });
		const focus = view.viewState.focus!;
		expect(focus.k).toBe(3);
		expect(focus.center[0]).toBeCloseTo(10, 1);
		expect(focus.center[1]).toBeCloseTo(50, 1);
	});

	it('steps by month and by event, and plays until a milestone', () => {
		const view = fresh({ date: dayOf('2018-01-15') });
		view.clock.stepMonths(1);
		expect(view.date).toBe(dayOf('2018-02-15'));
		view.clock.nextEvent();
		const next = view.date;
		expect(next).toBeGreaterThan(dayOf('2018-02-15'));
		expect(index.model.eventDays).toContain(next);
		view.clock.previousEvent();
		expect(view.date).toBeLessThan(next);
		const before = view.date;
		view.player.start();
		let ticks = 0;
		while (view.player.playing && ticks++ < 10_000) view.player.tick();
		expect(view.player.playing).toBe(false);
		expect(MILESTONE_DAYS.includes(view.date) || view.date === view.clock.span.end).toBe(true);
		expect(view.date).toBeGreaterThan(before);
	});
});

describe('play', () => {
	it('pauses at a milestone and says which, or runs straight through when asked', () => {
		const view = fresh({ date: dayOf('2020-06-01') });
		view.player.start();
		while (view.player.playing) view.player.tick();
		expect(view.date).toBe(dayOf('2020-08-05'));
		expect(view.player.pausedAt).toBe(dayOf('2020-08-05'));
		view.player.start();
		expect(view.player.pausedAt).toBeNull();
		view.player.stop();
		const through = fresh({ date: dayOf('2020-06-01') });
		through.player.through = true;
		through.player.start();
		while (through.player.playing) through.player.tick();
		expect(through.date).toBe(through.clock.span.end);
		expect(through.player.pausedAt).toBeNull();
	});
});

describe('named regions', () => {
	it('frame a region, keep naming it in the view until the reader zooms away', () => {
		const view = fresh();
		view.showRegion('europe');
		expect(view.zoom.k).toBeGreaterThan(2);
		expect(view.viewState).toMatchObject({ region: 'europe', focus: null });
		const again = fresh();
		again.applyParams(new URLSearchParams('region=europe'));
		expect(again.zoom).toEqual(view.zoom);
		view.zoom = { ...view.zoom, k: view.zoom.k * 1.5 };
		expect(view.framedRegion).toBeNull();
		expect(view.viewState.region).toBeNull();
		expect(view.viewState.focus?.k).toBeCloseTo(again.zoom.k * 1.5, 5);
	});
});
