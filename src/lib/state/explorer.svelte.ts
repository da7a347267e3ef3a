/**
 * The view: what a reader has chosen (date, selection, zoom, layers, filters, play) and the
 * commands that change it, over an immutable index of the dataset. What the view draws and
 * lists is derived through the pure functions of drawn.ts. One instance drives the map, the
 * timeline, the panel and the list on every route.
 */
import type { MapModel, RecordDetails, ReachLink, SiteView, ActionView } from '$lib/data/model';
import { DetailsStore } from './details.svelte';
import { DataIndex, type Selection } from './dataIndex';
import {
	MarkMemo,
	actionsListed,
	flowsDrawn,
	groupOfSelection,
	reachDrawn,
	shaded,
	sitesListed,
	spotlitGroups,
	type DrawnView,
	type FlowAt
} from './drawn';
import type { GroupAt } from './markBuckets';
import { initialView, clampView, type ZoomView } from '$lib/geo/zoom';
import { projectLonLat, invertLonLat } from '$lib/geo/lonLat';
import {
	STORY_SPAN,
	clampDay,
	playStart,
	playStep,
	stepMonths,
	nextEventDay,
	previousEventDay
} from '$lib/time/timeline';
import type { Span } from '$lib/time/timeline';
import { MILESTONE_DAYS } from '$lib/time/milestones';
import { LAYERS, defaultViewState, parseViewState } from '$lib/url/viewState';
import type { Layer, ParamIssue, SpanChoice, Theme, Controls, Filters, ViewState } from '$lib/url/viewState';

export type { FlowAt, GroupAt, Selection };

export class ExplorerState {
	readonly index: DataIndex;
	/** Sources, notes and summaries, loaded when a panel first needs them. */
	readonly details: DetailsStore;
	readonly #marks: MarkMemo;

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

	constructor(
		data: MapModel | DataIndex,
		initial: Partial<ViewState> = {},
		{ detailsUrl = null, details = {} }: { detailsUrl?: string | null; details?: Record<string, RecordDetails> } = {}
	) {
		this.index = data instanceof DataIndex ? data : new DataIndex(data);
		this.details = new DetailsStore(detailsUrl, details);
		this.#marks = new MarkMemo(this.index);
		this.apply({ ...defaultViewState(), ...initial });
	}

	get model(): MapModel {
		return this.index.model;
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
		const { params } = this.model;
		if (state.focus) {
			const [x, y] = projectLonLat(state.focus.center, params);
			this.zoom = clampView({ k: state.focus.k, x, y }, params.width, params.height);
		} else this.zoom = initialView(params.width, params.height);
	}

	/** Reads the view from URL parameters, keeping the names of those not understood. */
	applyParams(params: URLSearchParams) {
		const { state, issues } = parseViewState(params, this.index.context);
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

	/** The timeline's span: the story's, or the whole dataset's; widened when the date lies outside. */
	span: Span = $derived.by(() => {
		if (this.spanChoice === 'full') return this.index.fullSpan;
		return this.date < STORY_SPAN.start || this.date > STORY_SPAN.end ? this.index.fullSpan : STORY_SPAN;
	});

	showsLayer(layer: Layer): boolean {
		return this.layers.includes(layer);
	}

	#drawn: DrawnView = $derived({ date: this.date, filters: this.filters, compare: this.compare, layers: this.layers });

	/** Site marker groups present at the date, in buckets (see MarkMemo). */
	siteBucketsAt: GroupAt[][] = $derived.by(() => this.#marks.sites(this.#drawn));
	/** Action marker groups taken by the date, in buckets. */
	actionBucketsAt: GroupAt[][] = $derived.by(() => this.#marks.actions(this.#drawn));
	siteGroupsAt: GroupAt[] = $derived(this.siteBucketsAt.flat());
	actionGroupsAt: GroupAt[] = $derived(this.actionBucketsAt.flat());
	flowsAt: FlowAt[] = $derived.by(() => flowsDrawn(this.index, this.#drawn));
	reachAt: ReachLink[] = $derived.by(() => reachDrawn(this.index, this.#drawn));
	/** The sites open at the date (the accessible list). */
	sitesAt: SiteView[] = $derived.by(() => sitesListed(this.index, this.#drawn));
	/** The actions taken by the date, latest first (the accessible list). */
	actionsAt: ActionView[] = $derived.by(() => actionsListed(this.index, this.#drawn));

	/** What the selected id refers to. */
	selection: Selection | null = $derived.by(() => this.index.resolve(this.selected));
	/** Countries shaded for the selection: an action's jurisdiction, a flow's origin (and its destination). */
	#shaded = $derived.by(() => shaded(this.index, this.selection, this.date));
	highlighted: string[] = $derived(this.#shaded.from);
	highlightedTo: string[] = $derived(this.#shaded.to);
	/** The marker groups (and flow ids) holding the spotlit records. */
	spotGroups: Set<string> = $derived.by(() => spotlitGroups(this.index, this.spotlight));
	/** The marker group that holds the selection, for its ring on the map. */
	selectedGroup: string | null = $derived(groupOfSelection(this.selection));

	/** Selects a record, a place or nothing; a reader's selection also asks for focus to follow. */
	select(id: string | null, { moveFocus = true }: { moveFocus?: boolean } = {}) {
		this.selected = id;
		if (moveFocus) this.focusRequests++;
	}

	/** Shows or hides a layer, keeping the layers in their one order. */
	setLayer(layer: Layer, on: boolean) {
		this.layers = on
			? LAYERS.filter((l) => l === layer || this.layers.includes(l))
			: this.layers.filter((l) => l !== layer);
	}

	/** Sets one filter's list (empty keeps everything). */
	setFilter(name: keyof Filters, values: string[]) {
		this.filters = { ...this.filters, [name]: values };
	}

	/** Compares two dates: the map shows the later and what changed since the earlier. */
	setCompare(from: number, to: number) {
		const [a, b] = from <= to ? [from, to] : [to, from];
		this.compare = { from: a, to: b };
		if (a < STORY_SPAN.start || b > STORY_SPAN.end) this.spanChoice = 'full';
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
		this.date = clampDay(this.date, choice === 'full' ? this.index.fullSpan : STORY_SPAN);
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
