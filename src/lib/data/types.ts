/**
 * The dataset's types: one interface per record kind in data/*.json.
 * data/README.md documents every field; validate.ts enforces them.
 */

/** An ISO 8601 date whose length is its precision: `2015`, `2015-03` or `2015-03-04`. */
export type PartialDate = string;

/** A two-language text. Both languages are required. */
export interface LocalText {
	en: string;
	fr: string;
}

/** How sure we are of a record: a source states it (`verified`), part of it is not sourced (`partial`), or none was found. */
export type Verified = 'verified' | 'partial' | 'unverified';

/** How precisely a place is known: providers rarely publish addresses. */
export type LocationPrecision = 'site' | 'city' | 'metro' | 'approximate';

/** `[longitude, latitude]` in degrees, in that order (GeoJSON's axis order). */
export type LonLat = [number, number];

/** A public document that states the fact. */
export interface Source {
	url: string;
	title: string;
	publisher: string;
	/** Publication date of the source itself. */
	date: PartialDate;
	/** A stored copy of the page, where one exists. */
	archived?: string;
	/** The title's language (a BCP 47 tag such as `de` or `pt-BR`) where it is not English. */
	lang?: string;
	/** The sentence of the page that states the fact, exactly as read there. */
	quote?: string;
}

/** Fields every record carries. */
export interface Evidence {
	sources: Source[];
	verified: Verified;
	/** What is not verified, or where sources disagree and which value was chosen. */
	note?: LocalText;
}

/** A provider's own public count of its regions, on a date, so the atlas can say "38 of 38". */
export interface RegionCount {
	/** The count the source states, or null where no source states a countable number. */
	count: number | null;
	/** The day (or month, year) the source states it. */
	asOf: PartialDate;
	/** What the count counts, in the source's terms (which partitions it includes). */
	definition: LocalText;
	/** The page that states the count; required with a count. */
	source?: Source;
	/** Why there is no count, or what the count leaves out. */
	note?: LocalText;
}

export interface Provider extends Evidence {
	id: string;
	name: string;
	/** ISO 3166-1 alpha-2 code of the headquarters country. */
	headquarters: string;
	parent?: string;
	regions?: RegionCount;
}

/** A company that runs sites for a cloud brand (a local partner, a joint venture, a data trustee, a sovereign-cloud operator). */
export interface Operator extends Evidence {
	id: string;
	name: string;
	/** ISO 3166-1 alpha-2 code of its home country: whose law it sits under. */
	headquarters: string;
	parent?: string;
}

export interface Site extends Evidence {
	id: string;
	provider: string;
	/** The operator's id, where a company other than the brand runs the site. */
	operator?: string;
	name: string;
	/** The provider's region code (`us-west-1`), or null where there is none. */
	region: string | null;
	city: string;
	/** ISO 3166-1 alpha-2. */
	country: string;
	coordinates: LonLat;
	locationPrecision: LocationPrecision;
	/** Why the location is only that precise, or which city stands for an undisclosed site. */
	locationNote?: LocalText;
	announced?: PartialDate;
	opened: PartialDate;
	/** The last day of service (inclusive): Mumbai's is 2024-07-15; the site is gone the day after. */
	closed?: PartialDate;
	/** True for a region the provider's own public count leaves out (a government or sovereign partition). */
	countExcluded?: boolean;
}

export const ACTION_KINDS = [
	'law',
	'executive-order',
	'regulation',
	'ruling',
	'decision',
	'investigation',
	'warning',
	'guidance',
	'policy',
	'provider-measure'
] as const;
/** What kind of regulatory action; the map shapes markers by kind. */
export type ActionKind = (typeof ACTION_KINDS)[number];

export const LIFECYCLE_STAGES = [
	'proposed',
	'announced',
	'adopted',
	'published',
	'in-force',
	'applicable',
	'amended',
	'extended',
	'replaced',
	'struck-down',
	'repealed',
	'expired'
] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export interface LifecycleEvent {
	stage: LifecycleStage;
	date: PartialDate;
}

export interface Place {
	/** The seat of the acting institution ("Washington, DC", "Luxembourg"). */
	name: string;
	coordinates: LonLat;
}

export interface Action extends Evidence {
	id: string;
	/** The date the action is placed at on the timeline (taken, signed, ruled, reported). */
	date: PartialDate;
	/** Other dates in its life, in order. */
	lifecycle?: LifecycleEvent[];
	/** A jurisdiction code from jurisdictions.json. */
	jurisdiction: string;
	/** The body or person that acted. */
	actor: LocalText;
	kind: ActionKind;
	title: LocalText;
	summary: LocalText;
	/** The law's name in its original language, where it is not English or French. */
	originalName?: string;
	place: Place;
	targets?: { providers?: string[]; sites?: string[]; flows?: string[] };
}

export const FLOW_STATUSES = ['framework', 'contested', 'none', 'restricted'] as const;
/** A flow's legal ground in a period. */
export type FlowStatus = (typeof FLOW_STATUSES)[number];

export interface FlowPeriod {
	/** The first day of the period; a period lasts until the next one starts. */
	start: PartialDate;
	status: FlowStatus;
	basis: LocalText;
	/** The action that began this period. */
	action: string;
}

export interface Flow extends Evidence {
	id: string;
	/** Jurisdiction codes. */
	from: string;
	to: string;
	label: LocalText;
	periods: FlowPeriod[];
}

export interface Membership {
	country: string;
	from: PartialDate;
	/** The last day of membership (inclusive): the United Kingdom's is 2020-01-31. */
	to?: PartialDate;
}

export interface ReachLaw {
	name: LocalText;
	originalName?: string;
	/** The day it took effect. */
	inForce: PartialDate;
	/** The action in actions.json that enacted it, where there is one. */
	action?: string;
	/** Whose data abroad it reaches, in plain words. */
	summary: LocalText;
}

export interface Jurisdiction extends Evidence {
	/** ISO 3166-1 alpha-2, or `EU`. */
	code: string;
	name: LocalText;
	/** Member countries with dates; absent for a single country (its own code). */
	members?: Membership[];
	/** Where its government sits, for drawing reach links. */
	seat: LonLat;
	/** Laws through which its government may compel access to data its companies hold abroad. */
	reach?: ReachLaw[];
}

/** The map's layers, in the order the controls list them. */
export const LAYERS = ['sites', 'actions', 'flows', 'reach'] as const;
export type Layer = (typeof LAYERS)[number];

/** The named regions a slide may zoom to (their boxes are in src/lib/present/regions.ts). */
export const REGIONS = [
	'world',
	'north-america',
	'united-states',
	'europe',
	'east-asia',
	'asia-pacific',
	'middle-east'
] as const;
export type Region = (typeof REGIONS)[number];

/** `[west, south, east, north]` in degrees. */
export type Bbox = [number, number, number, number];

/** One slide of a story: a view of the map and what to say about it. */
export interface Slide {
	/** The date shown; a "what changed" slide has `from` and `to` instead. */
	date?: PartialDate;
	from?: PartialDate;
	to?: PartialDate;
	/** Where the map zooms to: a named region or a box. */
	focus: { region: Region } | { bbox: Bbox };
	/** Ids of sites, actions or flows to highlight; the first is shown selected. */
	highlight: string[];
	/** The map's layers on this slide. */
	layers: Layer[];
	title: LocalText;
	text: LocalText;
	/** Speaker notes, for the presenter window. */
	notes: LocalText;
	/** Ids of the records whose sources back the slide. */
	cites: string[];
}

/** An ordered list of slides an educator presents (data/stories.json). */
export interface Story {
	id: string;
	title: LocalText;
	summary: LocalText;
	slides: Slide[];
}

/** The whole validated dataset. */
export interface Dataset {
	providers: Provider[];
	operators: Operator[];
	sites: Site[];
	actions: Action[];
	flows: Flow[];
	jurisdictions: Jurisdiction[];
	stories: Story[];
}

/** The data files, in the order they are validated. */
export const DATA_FILES = ['providers', 'operators', 'jurisdictions', 'sites', 'actions', 'flows', 'stories'] as const;
export type DataFile = (typeof DATA_FILES)[number];
