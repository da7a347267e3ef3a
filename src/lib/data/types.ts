/**
 * The dataset's vocabulary (the closed lists its fields draw from) and its types. The record
 * types are inferred from the schema in schema.ts, which validate.ts checks the data against;
 * data/README.md documents every field.
 */
export type {
	Action,
	Evidence,
	Flow,
	FlowPeriod,
	Jurisdiction,
	LifecycleEvent,
	LocalText,
	Membership,
	Operator,
	Provider,
	ReachLaw,
	RegionCount,
	Site,
	Slide,
	Source,
	Story
} from './schema.ts';
import type { Action, Flow, Jurisdiction, Operator, Provider, Site, Story } from './schema.ts';

/** An ISO 8601 date whose length is its precision: `2015`, `2015-03` or `2015-03-04`. */
export type PartialDate = string;

/** `[longitude, latitude]` in degrees, in that order (GeoJSON's axis order). */
export type LonLat = [number, number];

/** `[west, south, east, north]` in degrees. */
export type Bbox = [number, number, number, number];

/** How sure we are of a record: a source states it (`verified`), part of it is not sourced (`partial`), or none was found. */
export const VERIFIED_LEVELS = ['verified', 'partial', 'unverified'] as const;
export type Verified = (typeof VERIFIED_LEVELS)[number];

/** How precisely a place is known: providers rarely publish addresses. */
export const LOCATION_PRECISIONS = ['site', 'city', 'metro', 'approximate'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

/** What kind of regulatory action; the map shapes markers by kind. */
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
export type ActionKind = (typeof ACTION_KINDS)[number];

/** The stages in an action's life, for its `lifecycle`. */
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

/** A flow's legal ground in a period. */
export const FLOW_STATUSES = ['framework', 'contested', 'none', 'restricted'] as const;
export type FlowStatus = (typeof FLOW_STATUSES)[number];

/** The map's layers, in the order the controls and the URL list them. */
export const LAYERS = ['sites', 'actions', 'flows', 'reach'] as const;
export type Layer = (typeof LAYERS)[number];

/** Where each layer is painted, bottom first: lines under marks, actions on top. */
const PAINT_RANK: Record<Layer, number> = { reach: 0, flows: 1, sites: 2, actions: 3 };
/** The layers in the order the map paints them. */
export const PAINT_ORDER: readonly Layer[] = [...LAYERS].sort((a, b) => PAINT_RANK[a] - PAINT_RANK[b]);

/** The named regions a view may zoom to (their boxes are in src/lib/geo/regions.ts). */
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
