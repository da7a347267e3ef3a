/**
 * The explorer's reactive state: the little there is (date, selection, zoom, layers, play),
 * with everything else derived from the immutable map model through the pure cores.
 * One instance drives the map, the timeline, the panel and the list on every route.
 */
import type {
	ActionView,
	MapModel,
	MarkerGroup,
	SiteView,
	FlowView,
	FlowPeriodView,
	JurisdictionView,
	ReachLink
} from '$lib/data/model';
import { countriesOn, lawHomeOf, type OperatorView, type RecordDetails } from '$lib/data/model';
import { DetailsStore } from './details.svelte';
import { actionMatches, flowMatches, isFiltering, siteMatches } from '$lib/data/filters';
import { periodIndexAt } from '$lib/time/flowStatus';
import { reachAt, reachStart, type Reach } from '$lib/time/reach';
import { initialView, clampView, type ZoomView } from '$lib/geo/zoom';
import { projectLonLat, invertLonLat } from '$lib/geo/lonLat';
import { countAt, isRecent, latestAt, isSiteOpen, sitesOpenAt, actionsTakenBy } from '$lib/time/stateAt';
import {
	actionChangeDays,
	bucketed,
	changeDays,
	bucketSize,
	siteChangeDays,
	unchangedBetween,
	type GroupAt
} from './markBuckets';
import {
	STORY_SPAN,
	clampDay,
	playStart,
	playStep,
	stepMonths,
	nextEventDay,
	previousEventDay,
	type Span
} from '$lib/time/timeline';
import { MILESTONE_DAYS } from '$lib/time/milestones';
import {
	defaultViewState,
	parseViewState,
	type Layer,
	type ParamIssue,
	type SpanChoice,
	type Theme,
	type Controls,
	type Filters,
	type ViewContext,
	type ViewState
} from '$lib/url/viewState';
import { ACTION_KINDS } from '$lib/data/types';
import { LAYERS as LAYER_ORDER } from '$lib/url/viewState';

export type { GroupAt };

/** A layer's buckets as drawn, and what from. */
interface Drawn {
	t: number;
	filters: Filters;
	compare: ViewState['compare'];
	buckets: GroupAt[][];
}

/** A flow as drawn at the current date. */
export interface FlowAt {
	flow: FlowView;
	period: FlowPeriodView;
	index: number;
	/** Its period changed between the compared dates. */
	changed: boolean;
}

/** What a selected id refers to. */
export type Selection =
	| { type: 'site'; site: SiteView }
	| { type: 'action'; action: ActionView }
	| { type: 'flow'; flow: FlowView }
	| { type: 'group'; group: MarkerGroup; kind: 'sites' | 'actions' };

export class ExplorerState {
	readonly model: MapModel;
	readonly siteById: Map<string, SiteView>;
	readonly actionById: Map<string, ActionView>;
	readonly flowById: Map<string, FlowView>;
	readonly groupById: Map<string, { group: MarkerGroup; kind: 'sites' | 'actions' }>;
	readonly jurisdictionByCode: Map<string, JurisdictionView>;
	/** Each provider's and each operator's home country (headquarters). */
	readonly homeOf: Map<string, string>;
	readonly operatorById: Map<string, OperatorView>;
	readonly context: ViewContext;

	date = $state(defaultViewState().date);
	selected = $state<string | null>(null);
	zoom = $state<ZoomView>({ k: 1, x: 0, y: 0 });
	layers = $state<Layer[]>(defaultViewState().layers);
	spanChoice = $state<SpanChoice>('story');
	filters = $state<Filters>(defaultViewState().filters);
	theme = $state<Theme>('auto');
	controls = $state<Controls>('full');
	compare = $state<ViewState['compare']>(null);
	playing = $state(false);
	/** Ids a slide picks out (presentation mode): their markers and arcs are drawn larger. */
	spotlight = $state<string[]>([]);
	/** Counts selections made by the reader (not restored from a URL), so the view can move focus. */
	focusRequests = $state(0);
	/** Parameters of the opening URL that were not understood (names only). */
	issues = $state<ParamIssue[]>([]);

	/** Sources, notes and summaries, loaded when a panel first needs them. */
	readonly details: DetailsStore;

	constructor(
		model: MapModel,
		initial: Partial<ViewState> = {},
		{ detailsUrl = null, details = {} }: { detailsUrl?: string | null; details?: Record<string, RecordDetails> } = {}
	) {
		this.model = model;
		this.details = new DetailsStore(detailsUrl, details);
		this.siteById = new Map(model.sites.map((s) => [s.id, s]));
		this.actionById = new Map(model.actions.map((a) => [a.id, a]));
		this.flowById = new Map(model.flows.map((f) => [f.id, f]));
		this.jurisdictionByCode = new Map(model.jurisdictions.map((j) => [j.code, j]));
		this.homeOf = new Map([...model.providers, ...model.operators].map((p) => [p.id, p.headquarters]));
		this.operatorById = new Map(model.operators.map((o) => [o.id, o]));
		this.groupById = new Map();
		for (const group of model.siteGroups) this.groupById.set(group.id, { group, kind: 'sites' });
		for (const group of model.actionGroups) this.groupById.set(group.id, { group, kind: 'actions' });
		this.context = {
			ids: new Set([
				...this.siteById.keys(),
				...this.actionById.keys(),
				...this.flowById.keys(),
				...this.groupById.keys()
			]),
			providers: new Set(model.providers.map((p) => p.id)),
			kinds: new Set(ACTION_KINDS),
			jurisdictions: new Set(model.jurisdictions.map((j) => j.code)),
			home: new Set(model.providers.map((p) => p.headquarters)),
			dates: this.fullSpan
		};
		this.zoom = initialView(model.params.width, model.params.height);
		this.apply({ ...defaultViewState(), ...initial });
	}

	/** Applies a whole view (from a URL, a slide, an event page). */
	apply(state: ViewState) {
		this.date = state.date;
		this.selected = state.selected;
		this.layers = state.layers;
		this.spanChoice = state.span;
		this.filters = state.filters;
		this.theme = state.theme;
		this.controls = state.controls;
		this.compare = state.compare;
		const { width, height } = this.model.params;
		if (state.focus) {
			const [x, y] = projectLonLat(state.focus.center, this.model.params);
			this.zoom = clampView({ k: state.focus.k, x, y }, width, height);
		} else this.zoom = initialView(width, height);
	}

	/** Reads the view from URL parameters, keeping the names of those not understood. */
	applyParams(params: URLSearchParams) {
		const { state, issues } = parseViewState(params, this.context);
		this.apply(state);
		this.issues = issues;
	}

	/** The current view, for the URL; a zoom is written as its centre in longitude and latitude. */
	get viewState(): ViewState {
		const zoomed = this.zoom.k > 1.001;
		return {
			date: this.date,
			compare: this.compare,
			selected: this.selected,
			focus: zoomed ? { k: this.zoom.k, center: invertLonLat([this.zoom.x, this.zoom.y], this.model.params) } : null,
			layers: this.layers,
			span: this.spanChoice,
			filters: this.filters,
			theme: this.theme,
			controls: this.controls
		};
	}

	/** The timeline's span: the story's, or the whole dataset's; widened when t lies outside. */
	span: Span = $derived.by(() => {
		if (this.spanChoice === 'full') return this.fullSpan;
		return this.date < STORY_SPAN.start || this.date > STORY_SPAN.end ? this.fullSpan : STORY_SPAN;
	});

	/** The full span of the data, for the "all dates" control. */
	get fullSpan(): Span {
		return {
			start: Math.min(this.model.dataSpan.start, STORY_SPAN.start),
			end: Math.max(this.model.dataSpan.end, STORY_SPAN.end)
		};
	}

	showsLayer(layer: Layer): boolean {
		return this.layers.includes(layer);
	}

	/** Whether a site passes the filters. */
	siteShown = (site: SiteView) => siteMatches(site, this.homeOf, this.filters);
	/** Whether an action passes the filters. */
	actionShown = (action: ActionView) => actionMatches(action, this.filters);

	// The last GroupAt of each group: a step that leaves a marker unchanged hands the view the
	// same object, so the keyed {#each} skips it (a step then touches only the markers that
	// changed, as perf.md §8.2 recommends).
	#siteMarks = new Map<string, GroupAt>();
	#actionMarks = new Map<string, GroupAt>();
	#stable(cache: Map<string, GroupAt>, group: MarkerGroup, count: number, lead: string, recent: boolean): GroupAt {
		const last = cache.get(group.id);
		if (last && last.count === count && last.lead === lead && last.recent === recent) return last;
		const next = { group, count, lead, recent };
		cache.set(group.id, next);
		return next;
	}

	/** Whether an action counts as recent: in the last year, or between the compared dates. */
	#recent(day: number): boolean {
		return this.compare ? day > this.compare.from && day <= this.compare.to : isRecent(day, this.date);
	}

	/** A site group as drawn at day `t`, or null if none of its sites is open (or shown) then. */
	#siteAt(group: MarkerGroup, t: number, filtering: boolean): GroupAt | null {
		let count: number;
		let lead: string | undefined;
		if (!filtering) {
			count = countAt(group, t);
			if (count === 0) return null;
			lead = count === 1 ? group.items.find((id) => isSiteOpen(this.siteById.get(id)!, t)) : latestAt(group, t)!;
		} else {
			const present = group.items.filter((id) => {
				const site = this.siteById.get(id)!;
				return isSiteOpen(site, t) && this.siteShown(site);
			});
			count = present.length;
			lead = present[present.length - 1];
		}
		if (count === 0 || lead === undefined) return null;
		const fresh = this.compare !== null && group.items.some((id) => this.#recent(this.siteById.get(id)!.day));
		return this.#stable(this.#siteMarks, group, count, lead, fresh);
	}

	/** An action group as drawn at day `t`, or null if none of its actions is taken (or shown) by then. */
	#actionAt(group: MarkerGroup, t: number, filtering: boolean): GroupAt | null {
		let count: number;
		let lead: string | null;
		if (!filtering) {
			count = countAt(group, t);
			lead = latestAt(group, t);
		} else {
			const taken = group.items.filter((id) => {
				const action = this.actionById.get(id)!;
				return action.day <= t && this.actionShown(action);
			});
			count = taken.length;
			lead = taken[taken.length - 1] ?? null;
		}
		if (count === 0 || lead === null) return null;
		return this.#stable(this.#actionMarks, group, count, lead, this.#recent(this.actionById.get(lead)!.day));
	}

	// What each layer's buckets were last drawn from: a step from that date, with the same filters
	// and comparison, reads only the buckets with a change day between the two dates.
	#sitesDrawn: Drawn | null = null;
	#actionsDrawn: Drawn | null = null;
	#siteDays: number[][] | null = null;
	#actionDays: number[][] | null = null;

	#draw(
		groups: MarkerGroup[],
		last: Drawn | null,
		days: number[][],
		at: (group: MarkerGroup, t: number, filtering: boolean) => GroupAt | null
	): Drawn {
		const { date: t, filters, compare } = this;
		const filtering = isFiltering(filters);
		const since = last && last.filters === filters && last.compare === compare ? last.t : null;
		const buckets = bucketed(
			groups,
			t,
			last?.buckets ?? [],
			(g) => at(g, t, filtering),
			bucketSize(groups.length),
			(b) => since !== null && unchangedBetween(days[b], since, t)
		);
		return { t, filters, compare, buckets };
	}

	/**
	 * Site marker groups present at the date, in buckets of bucketSize groups of the model (which
	 * lists them in the order they first appear). A bucket nothing changed in is the same array as
	 * at the last date, so the map leaves it as it was. Unfiltered, a group's count is two binary
	 * searches; with filters on, its members are checked one by one.
	 */
	siteBucketsAt: GroupAt[][] = $derived.by(() => {
		if (!this.showsLayer('sites')) return [];
		this.#siteDays ??= changeDays(this.model.siteGroups, siteChangeDays, bucketSize(this.model.siteGroups.length));
		this.#sitesDrawn = this.#draw(this.model.siteGroups, this.#sitesDrawn, this.#siteDays, (g, t, f) =>
			this.#siteAt(g, t, f)
		);
		return this.#sitesDrawn.buckets;
	});

	/** Action marker groups taken by the date, with the latest one's kind and recency, in buckets as above. */
	actionBucketsAt: GroupAt[][] = $derived.by(() => {
		if (!this.showsLayer('actions')) return [];
		this.#actionDays ??= changeDays(
			this.model.actionGroups,
			actionChangeDays,
			bucketSize(this.model.actionGroups.length)
		);
		this.#actionsDrawn = this.#draw(this.model.actionGroups, this.#actionsDrawn, this.#actionDays, (g, t, f) =>
			this.#actionAt(g, t, f)
		);
		return this.#actionsDrawn.buckets;
	});

	/** Site marker groups present at the date. */
	siteGroupsAt: GroupAt[] = $derived(this.siteBucketsAt.flat());
	/** Action marker groups taken by the date. */
	actionGroupsAt: GroupAt[] = $derived(this.actionBucketsAt.flat());

	/** Flows with a period in force at the date, with that period. */
	flowsAt: FlowAt[] = $derived.by(() => {
		if (!this.showsLayer('flows')) return [];
		const out: FlowAt[] = [];
		for (const flow of this.model.flows) {
			if (!flowMatches(flow, this.filters)) continue;
			const index = periodIndexAt(flow.periods, this.date);
			if (index < 0) continue;
			const changed = this.compare !== null && periodIndexAt(flow.periods, this.compare.from) !== index;
			out.push({ flow, period: flow.periods[index], index, changed });
		}
		return out;
	});

	/** Reach links in force at the date, to places with an open site of a provider from that home. */
	reachAt: ReachLink[] = $derived.by(() => {
		if (!this.showsLayer('reach')) return [];
		const t = this.date;
		return this.model.reachLinks.filter((link) => {
			const start = reachStart(this.jurisdictionByCode.get(link.home));
			if (start === null || start > t) return false;
			return link.sites.some((id) => {
				const site = this.siteById.get(id)!;
				return isSiteOpen(site, t) && this.siteShown(site);
			});
		});
	});

	/** The home government's reach over a site at the date, or null. */
	siteReach(site: SiteView): Reach | null {
		return reachAt(site, lawHomeOf(site, this.homeOf), this.jurisdictionByCode, this.date);
	}

	/** The sites open at the date (the accessible list). */
	sitesAt: SiteView[] = $derived.by(() => {
		if (!this.showsLayer('sites')) return [];
		const open = sitesOpenAt(this.model.sites, this.date);
		return isFiltering(this.filters) ? open.filter(this.siteShown) : open;
	});
	/** The actions taken by the date, latest first (the accessible list). */
	actionsAt: ActionView[] = $derived.by(() => {
		if (!this.showsLayer('actions')) return [];
		const taken = actionsTakenBy(this.model.actions, this.date);
		return (isFiltering(this.filters) ? taken.filter(this.actionShown) : taken).reverse();
	});

	/** What the selected id refers to. */
	selection: Selection | null = $derived.by(() => {
		const id = this.selected;
		if (!id) return null;
		const site = this.siteById.get(id);
		if (site) return { type: 'site', site };
		const action = this.actionById.get(id);
		if (action) return { type: 'action', action };
		const flow = this.flowById.get(id);
		if (flow) return { type: 'flow', flow };
		const group = this.groupById.get(id);
		if (group) return { type: 'group', ...group };
		return null;
	});

	/**
	 * Countries to shade: the selected action's jurisdiction on its date, or the selected flow's
	 * origin at the date (its destination goes in `highlightedTo`).
	 */
	highlighted: string[] = $derived.by(() => {
		const s = this.selection;
		if (s?.type === 'action') return s.action.countries;
		if (s?.type === 'flow') return this.countriesOf(s.flow.from);
		return [];
	});
	highlightedTo: string[] = $derived.by(() => {
		const s = this.selection;
		return s?.type === 'flow' ? this.countriesOf(s.flow.to) : [];
	});

	/** A jurisdiction's countries at the date. */
	countriesOf(code: string): string[] {
		const j = this.jurisdictionByCode.get(code);
		return j ? countriesOn(j, this.date) : [];
	}

	/** The marker group that holds the selection, for its ring on the map. */
	/** The marker groups (and flow ids) holding the spotlit records. */
	spotGroups: Set<string> = $derived.by(() => {
		const groups = new Set<string>();
		for (const id of this.spotlight) {
			const group = this.siteById.get(id)?.group ?? this.actionById.get(id)?.group;
			if (group) groups.add(group);
			else if (this.flowById.has(id)) groups.add(id);
		}
		return groups;
	});

	selectedGroup: string | null = $derived.by(() => {
		const s = this.selection;
		if (!s) return null;
		if (s.type === 'site') return s.site.group;
		if (s.type === 'action') return s.action.group;
		if (s.type === 'group') return s.group.id;
		return null;
	});

	/** Selects a record, a place or nothing; a reader's selection also asks for focus to follow. */
	select(id: string | null, { moveFocus = true }: { moveFocus?: boolean } = {}) {
		this.selected = id;
		if (moveFocus) this.focusRequests++;
	}

	/** Shows or hides a layer. */
	setLayer(layer: Layer, on: boolean) {
		this.layers = on
			? LAYER_ORDER.filter((l) => l === layer || this.layers.includes(l))
			: this.layers.filter((l) => l !== layer);
	}

	/** Sets one filter's list (empty keeps everything). */
	setFilter(name: keyof Filters, values: string[]) {
		this.filters = { ...this.filters, [name]: values };
	}

	/** Compares two dates: the map shows B and what changed since A. */
	setCompare(from: number, to: number) {
		const [a, b] = from <= to ? [from, to] : [to, from];
		this.compare = { from: a, to: b };
		this.spanChoice = a < STORY_SPAN.start || b > STORY_SPAN.end ? 'full' : this.spanChoice;
		this.date = b;
	}

	clearCompare() {
		this.compare = null;
	}

	/** Sets the date, kept inside the current span. */
	setDate(t: number) {
		this.date = clampDay(Math.round(t), this.span);
	}

	stepMonths(months: number) {
		this.date = stepMonths(this.date, months, this.span);
	}

	toStart() {
		this.date = this.span.start;
	}

	toEnd() {
		this.date = this.span.end;
	}

	nextEvent() {
		const t = nextEventDay(this.date, this.model.eventDays);
		if (t !== null) this.date = clampDay(t, this.span);
	}

	previousEvent() {
		const t = previousEventDay(this.date, this.model.eventDays);
		if (t !== null) this.date = clampDay(t, this.span);
	}

	setSpan(choice: SpanChoice) {
		this.spanChoice = choice;
		this.date = clampDay(this.date, choice === 'full' ? this.fullSpan : STORY_SPAN);
	}

	/** Begins playing from the current date (from the start when at the end). */
	startPlaying() {
		this.date = playStart(this.date, this.span);
		this.playing = true;
	}

	stopPlaying() {
		this.playing = false;
	}

	/** One tick of play; stops at a milestone or at the end. */
	tick() {
		if (!this.playing) return;
		const step = playStep(this.date, this.span, MILESTONE_DAYS);
		this.date = step.t;
		if (step.milestone || step.done) this.playing = false;
	}
}
