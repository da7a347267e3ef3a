/**
 * What changed between two dates A < B: sites opened and closed, actions taken, and flows
 * whose legal ground changed. The "compare two dates" mode lists and highlights these.
 */
import type { ActionView, FlowPeriodView, FlowView, SiteView } from '../data/model';
import { periodIndexAt } from './flowStatus';

/** A flow whose period in force differs between the two dates. */
export interface FlowChange {
	flow: FlowView;
	before: FlowPeriodView | null;
	after: FlowPeriodView | null;
}

export interface Changes {
	/** Opened after A, by B. */
	opened: SiteView[];
	/** Last day of service on or after A and before B: gone by B. */
	closed: SiteView[];
	/** Taken after A, by B. */
	actions: ActionView[];
	flows: FlowChange[];
}

/**
 * The changes between day `from` and day `to` (in either order).
 * @example changesBetween(model, dayOf('2015-03'), dayOf('2022-01')).opened.length // sites opened in between
 */
export function changesBetween(
	model: { sites: SiteView[]; actions: ActionView[]; flows: FlowView[] },
	from: number,
	to: number
): Changes {
	const [a, b] = from <= to ? [from, to] : [to, from];
	return {
		opened: model.sites.filter((s) => s.day > a && s.day <= b),
		closed: model.sites.filter((s) => s.end !== null && s.end >= a && s.end < b && s.day <= a),
		actions: model.actions.filter((x) => x.day > a && x.day <= b),
		flows: model.flows.flatMap((flow) => {
			const i = periodIndexAt(flow.periods, a);
			const j = periodIndexAt(flow.periods, b);
			return i === j ? [] : [{ flow, before: flow.periods[i] ?? null, after: flow.periods[j] ?? null }];
		})
	};
}
