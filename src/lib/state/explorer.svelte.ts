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
	actionsListed,
	changesDrawn,
	mapFacts,
	tabStop,
	type MapFacts,
	flowsDrawn,
	groupOfSelection,
	reachDrawn,
	shaded,
	sitesInFrame,
	sitesListed,
	spotlitGroups,
	type DrawnView,
	type FlowAt
} from './drawn';
import { MarkMemo, type GroupAt } from './markBuckets';
import type { Changes } from '$lib/time/changes';
import type { ZoomView } from '$lib/geo/zoom';
import { framesRegion, regionFocus, zoomOfFocus } from '$lib/geo/regions';
import type { Region } from '$lib/data/types';
import { invertLonLat } from '$lib/geo/lonLat';
import { Player } from './player.svelte';
import { Clock } from './clock.svelte';
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
	/** The named region last chosen; the view keeps naming it while the zoom still frames it. */
	region = $state<Region | null>(null);
	layers = $state<Layer[]>(defaultViewState().layers);
	spanChoice = $state<SpanChoice>('story');
	filters = $state<Filters>(defaultViewState().filters);
	theme = $state<Theme>('auto');
	controls = $state<Controls>('full');
	compare = $state<ViewState['compare']>(null);
	/** The timeline: its span and the commands that move the date. */
	readonly clock: Clock = new Clock(this);
	/** Play along the timeline. */
	readonly player: Player = new Player(this);
	/** Ids a slide picks out (presentation mode): their markers and arcs are drawn larger. */
	spotlight = $state<string[]>([]);
	/** How much larger than their design size marks are drawn: more on a narrow map (WorldMap sets it). */
	markScale = $state(1);
	/** The mark (marker group or flow id) the keyboard last focused on the map. */
	focusMark = $state<string | null>(null);
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
		this.region = state.region;
		this.zoom = zoomOfFocus(
			state.region ? regionFocus(state.region, this.model.params) : state.focus,
			this.model.params
		);
	}

	/** Frames a named region. */
	showRegion(region: Region) {
		this.region = region;
		this.zoom = zoomOfFocus(regionFocus(region, this.model.params), this.model.params);
	}

	/** The named region the zoom still frames, or null once the reader has panned or zoomed away. */
	get framedRegion(): Region | null {
		return this.region && framesRegion(this.zoom, this.region, this.model.params) ? this.region : null;
	}

	/** Reads the view from URL parameters, keeping the names of those not understood. */
	applyParams(params: URLSearchParams) {
		const { state, issues } = parseViewState(params, this.index.context);
		this.apply(state);
		this.issues = issues;
	}

	/** The current view, for the URL; a zoom is written as its centre in longitude and latitude. */
	get viewState(): ViewState {
		const region = this.framedRegion;
		const zoomed = !region && this.zoom.k > 1.001;
		return {
			date: this.date,
			compare: this.compare,
			selected: this.selected,
			focus: zoomed ? { k: this.zoom.k, center: invertLonLat([this.zoom.x, this.zoom.y], this.model.params) } : null,
			region,
			layers: this.layers,
			span: this.spanChoice,
			filters: this.filters,
			theme: this.theme,
			controls: this.controls
		};
	}

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

	/** What the view shows, counted, for its headline. */
	facts: MapFacts = $derived.by(() => ({
		...mapFacts(this.#drawn, {
			sites: this.sitesAt,
			actions: this.actionsAt,
			flows: this.flowsAt,
			reach: this.reachAt,
			changes: this.changes
		}),
		inView: this.zoom.k > 1.001 ? sitesInFrame(this.index, this.sitesAt, this.zoom, this.model.params) : null
	}));
	/** What changed between the compared dates, with the filters on; null when not comparing. */
	changes: Changes | null = $derived.by(() => changesDrawn(this.index, this.#drawn));

	/** What the selected id refers to. */
	selection: Selection | null = $derived.by(() => this.index.resolve(this.selected));
	/** Countries shaded for the selection: an action's jurisdiction, a flow's origin (and its destination). */
	#shaded = $derived.by(() => shaded(this.index, this.selection, this.date));
	highlighted: string[] = $derived(this.#shaded.from);
	highlightedTo: string[] = $derived(this.#shaded.to);
	/** The marker groups (and flow ids) holding the spotlit records. */
	spotGroups: Set<string> = $derived.by(() => spotlitGroups(this.index, this.spotlight));
	/**
	 * The map's one tab stop among its marks: the mark last focused, else the selection's, else
	 * the first drawn; null when nothing is drawn.
	 */
	tabMark: string | null = $derived.by(() =>
		tabStop([this.focusMark, this.selectedGroup, this.selected], this.siteGroupsAt, this.actionGroupsAt, this.flowsAt)
	);
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

	/** Clears every filter. */
	clearFilters() {
		this.filters = defaultViewState().filters;
	}

	/** Sets one filter's list (empty keeps everything). */
	setFilter(name: keyof Filters, values: string[]) {
		this.filters = { ...this.filters, [name]: values };
	}
}
