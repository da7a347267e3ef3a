/**
 * Filters over the map model. Provider and home-country filters narrow the sites (and the
 * reach drawn to them); kind and jurisdiction filters narrow the actions; the jurisdiction
 * filter also narrows flows to those that leave or enter it. An empty list keeps everything.
 */
import type { ActionView, FlowView, SiteView } from './model';
import type { Filters } from '../url/viewState';

/** Whether any filter is set. */
export function isFiltering(filters: Filters): boolean {
	return filters.providers.length + filters.kinds.length + filters.jurisdictions.length + filters.home.length > 0;
}

/** Whether a site passes the provider and home-country filters. */
export function siteMatches(
	site: Pick<SiteView, 'provider'>,
	homeOf: ReadonlyMap<string, string>,
	filters: Filters
): boolean {
	if (filters.providers.length && !filters.providers.includes(site.provider)) return false;
	if (filters.home.length && !filters.home.includes(homeOf.get(site.provider) ?? '')) return false;
	return true;
}

/** Whether an action passes the kind and jurisdiction filters. */
export function actionMatches(action: Pick<ActionView, 'kind' | 'jurisdiction'>, filters: Filters): boolean {
	if (filters.kinds.length && !filters.kinds.includes(action.kind)) return false;
	if (filters.jurisdictions.length && !filters.jurisdictions.includes(action.jurisdiction)) return false;
	return true;
}

/** Whether a flow passes the jurisdiction filter (either end). */
export function flowMatches(flow: Pick<FlowView, 'from' | 'to'>, filters: Filters): boolean {
	return (
		!filters.jurisdictions.length ||
		filters.jurisdictions.includes(flow.from) ||
		filters.jurisdictions.includes(flow.to)
	);
}
