/**
 * The map's state at t in one or two sentences: the text twin a screen reader hears, and the
 * alt text of fallback images.
 */
import type { ActionView, SiteView } from '../data/model';
import type { Lang } from './lang';
import { formatDay, formatPartialDate, translate } from './format';

/** The two sentences of a map's description: what is on it, and the latest action (if any). */
export interface MapDescription {
	counts: string;
	latest: string | null;
}

/**
 * What the map shows on day t, sentence by sentence: pages show the counts above the map
 * (their length barely changes from one day to the next) and the latest action further down.
 * @example describeMapParts('en', t, sites, actions).counts // "5 August 2020: 22 data centres open in 12 countries; 19 actions taken so far."
 */
export function describeMapParts(
	lang: Lang,
	t: number,
	sites: SiteView[],
	actionsLatestFirst: ActionView[]
): MapDescription {
	const countries = new Set(sites.map((s) => s.country)).size;
	const counts = translate(lang, 'map.summary', {
		date: formatDay(t, lang),
		sites: translate(lang, 'count.sites', { count: sites.length }),
		// French agrees the participle with the count: "1 centre de données ouvert".
		open: sites.length,
		countries: translate(lang, 'count.countries', { count: countries }),
		actions: translate(lang, 'count.actions', { count: actionsLatestFirst.length })
	});
	const action = actionsLatestFirst[0];
	const latest = action
		? translate(lang, 'map.summaryLatest', { title: action.title, date: formatPartialDate(action.date, lang) })
		: null;
	return { counts, latest };
}

/**
 * Describes what the map shows on day t, in one paragraph.
 * @example describeMap('en', t, sites, actions)
 * // "5 August 2020: 22 data centres open in 12 countries; 19 actions taken so far. Latest action: …, 5 August 2020."
 */
export function describeMap(lang: Lang, t: number, sites: SiteView[], actionsLatestFirst: ActionView[]): string {
	return joinDescription(describeMapParts(lang, t, sites, actionsLatestFirst));
}

/** A map's description in one paragraph, from its sentences. */
export function joinDescription({ counts, latest }: MapDescription): string {
	return latest ? `${counts} ${latest}` : counts;
}
