/**
 * Legal reach: which foreign government may compel access to a site's data at a date, and
 * by which law. A provider's home government reaches its sites abroad through the laws listed
 * under its jurisdiction, each from the day it took effect.
 */
import type { JurisdictionView, SiteView } from '../data/model';

/** A law through which a government reaches data abroad, from a day. */
export interface ReachLawView {
	name: string;
	originalName?: string;
	day: number;
	inForce: string;
	action?: string;
	summary: string;
}

/** One government's reach over a site at t: who, and through which laws in force. */
export interface Reach {
	jurisdiction: string;
	laws: ReachLawView[];
}

/**
 * The home government's reach over a site at t: empty when the site is in its provider's home
 * country or no law is in force yet.
 * @example reachAt(alibabaFrankfurt, 'CN', jurisdictions, dayOf('2017-06-28')) // NIL in force
 */
export function reachAt(
	site: Pick<SiteView, 'country'>,
	home: string,
	jurisdictions: ReadonlyMap<string, Pick<JurisdictionView, 'code' | 'reach'>>,
	t: number
): Reach | null {
	if (site.country === home) return null;
	const laws = (jurisdictions.get(home)?.reach ?? []).filter((law) => law.day <= t);
	return laws.length > 0 ? { jurisdiction: home, laws } : null;
}

/** The first day any of a jurisdiction's reach laws is in force, or null when it has none. */
export function reachStart(jurisdiction: Pick<JurisdictionView, 'reach'> | undefined): number | null {
	const days = (jurisdiction?.reach ?? []).map((law) => law.day);
	return days.length ? Math.min(...days) : null;
}
