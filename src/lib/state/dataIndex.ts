/**
 * The dataset's index: the map model with its lookups, built once per model and never changed.
 * Everything that turns an id into a record, a name or a colour goes through here.
 */
import type {
	ActionView,
	FlowView,
	JurisdictionView,
	MapModel,
	MarkerGroup,
	OperatorView,
	ProviderView,
	SiteView
} from '$lib/data/model';
import { countriesOn } from '$lib/data/model';
import { ACTION_KINDS } from '$lib/data/types';
import { countryName } from '$lib/i18n/format';
import { STORY_SPAN, type Span } from '$lib/time/timeline';
import type { ViewContext } from '$lib/url/viewState';

/** What a selected id refers to. */
export type Selection =
	| { type: 'site'; site: SiteView }
	| { type: 'action'; action: ActionView }
	| { type: 'flow'; flow: FlowView }
	| { type: 'group'; group: MarkerGroup; kind: 'sites' | 'actions' };

export class DataIndex {
	readonly model: MapModel;
	readonly siteById: ReadonlyMap<string, SiteView>;
	readonly actionById: ReadonlyMap<string, ActionView>;
	readonly flowById: ReadonlyMap<string, FlowView>;
	readonly groupById: ReadonlyMap<string, { group: MarkerGroup; kind: 'sites' | 'actions' }>;
	readonly jurisdictionByCode: ReadonlyMap<string, JurisdictionView>;
	readonly providerById: ReadonlyMap<string, ProviderView>;
	readonly operatorById: ReadonlyMap<string, OperatorView>;
	/** Each provider's and each operator's home country (headquarters). */
	readonly homeOf: ReadonlyMap<string, string>;
	/** The providers with at least one site, in the model's order (the legend's and the filter's). */
	readonly providersWithSites: ProviderView[];
	/** The whole span of the data and the story: the "all dates" choice. */
	readonly fullSpan: Span;
	/** What a URL's parameters may name (see parseViewState). */
	readonly context: ViewContext;

	constructor(model: MapModel) {
		this.model = model;
		this.siteById = new Map(model.sites.map((s) => [s.id, s]));
		this.actionById = new Map(model.actions.map((a) => [a.id, a]));
		this.flowById = new Map(model.flows.map((f) => [f.id, f]));
		this.jurisdictionByCode = new Map(model.jurisdictions.map((j) => [j.code, j]));
		this.providerById = new Map(model.providers.map((p) => [p.id, p]));
		this.operatorById = new Map(model.operators.map((o) => [o.id, o]));
		this.homeOf = new Map([...model.providers, ...model.operators].map((p) => [p.id, p.headquarters]));
		const groups = new Map<string, { group: MarkerGroup; kind: 'sites' | 'actions' }>();
		for (const group of model.siteGroups) groups.set(group.id, { group, kind: 'sites' });
		for (const group of model.actionGroups) groups.set(group.id, { group, kind: 'actions' });
		this.groupById = groups;
		const withSites = new Set(model.sites.map((s) => s.provider));
		this.providersWithSites = model.providers.filter((p) => withSites.has(p.id));
		this.fullSpan = {
			start: Math.min(model.dataSpan.start, STORY_SPAN.start),
			end: Math.max(model.dataSpan.end, STORY_SPAN.end)
		};
		this.context = {
			ids: new Set([...this.siteById.keys(), ...this.actionById.keys(), ...this.flowById.keys(), ...groups.keys()]),
			providers: new Set(this.providerById.keys()),
			kinds: new Set(ACTION_KINDS),
			jurisdictions: new Set(this.jurisdictionByCode.keys()),
			home: new Set(model.providers.map((p) => p.headquarters)),
			dates: this.fullSpan
		};
	}

	/** A provider's display name (its id when unknown). */
	providerName = (id: string): string => this.providerById.get(id)?.name ?? id;

	/** A provider's colour slot (0 when unknown). */
	providerColor = (id: string): number => this.providerById.get(id)?.color ?? 0;

	/** An operator's display name (its id when unknown). */
	operatorName = (id: string): string => this.operatorById.get(id)?.name ?? id;

	/** A jurisdiction's name in the model's language (a country's name when it is not in the data). */
	jurisdictionName = (code: string): string =>
		this.jurisdictionByCode.get(code)?.name ?? countryName(code, this.model.lang);

	/** What an id refers to, or null. */
	resolve(id: string | null): Selection | null {
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
	}

	/** A jurisdiction's countries on a day (none when unknown). */
	countriesOf(code: string, day: number): string[] {
		const j = this.jurisdictionByCode.get(code);
		return j ? countriesOn(j, day) : [];
	}
}
