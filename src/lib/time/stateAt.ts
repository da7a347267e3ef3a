/**
 * What the map shows at a day t: which sites are open, which actions have been taken, which
 * are recent. Pure functions over the model's sorted day arrays.
 */
import type { ActionView, MarkerGroup, SiteView } from '../data/model';
import { countAtOrBefore, countBefore, partitionPoint } from './sorted';

/** Actions this recent (in days) are emphasised on the map. */
export const RECENT_DAYS = 365;

/** Whether a site is open on day t: opened by t and not past its last day of service. */
export function isSiteOpen(site: Pick<SiteView, 'day' | 'end'>, t: number): boolean {
	return site.day <= t && (site.end === null || t <= site.end);
}

/** Whether an action has been taken by day t. */
export function isActionTaken(action: Pick<ActionView, 'day'>, t: number): boolean {
	return action.day <= t;
}

/** Whether an action taken by t is recent at t. */
export function isRecent(day: number, t: number): boolean {
	return day <= t && t - day < RECENT_DAYS;
}

/** How many of a group's records are present at t: started by t and not ended before t. */
export function countAt(group: Pick<MarkerGroup, 'starts' | 'ends'>, t: number): number {
	return countAtOrBefore(group.starts, t) - countBefore(group.ends, t);
}

/** The id of the group's latest record started by t (its marker's shape), or null. */
export function latestAt(group: Pick<MarkerGroup, 'starts' | 'items'>, t: number): string | null {
	const n = countAtOrBefore(group.starts, t);
	return n > 0 ? group.items[n - 1] : null;
}

/** The sites open at t, in order of opening. `sites` is sorted by opening day. */
export function sitesOpenAt(sites: SiteView[], t: number): SiteView[] {
	return sites.slice(0, startedBy(sites, t)).filter((s) => s.end === null || t <= s.end);
}

/** The actions taken by t, in date order. `actions` is sorted by day. */
export function actionsTakenBy(actions: ActionView[], t: number): ActionView[] {
	return actions.slice(0, startedBy(actions, t));
}

/** How many records of an array sorted by `day` start on or before t. */
function startedBy(records: { day: number }[], t: number): number {
	return partitionPoint(records.length, (i) => records[i].day > t);
}
