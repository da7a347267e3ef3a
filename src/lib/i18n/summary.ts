/**
 * The map's state at t in one or two sentences: the text twin a screen reader hears, and the
 * alt text of fallback images.
 */
import type { ActionView, SiteView } from '../data/model';
import type { Lang } from './lang';
import { formatDay, formatPartialDate, translate } from './format';

/**
 * Describes what the map shows on day t.
 * @example describeMap('en', t, sites, actions)
 * // "5 August 2020: 22 data centres open in 12 countries; 19 actions taken so far. Latest action: …, 5 August 2020."
 */
export function describeMap(lang: Lang, t: number, sites: SiteView[], actionsLatestFirst: ActionView[]): string {
	const countries = new Set(sites.map((s) => s.country)).size;
	const first = translate(lang, 'map.summary', {
		date: formatDay(t, lang),
		sites: translate(lang, 'count.sites', { count: sites.length }),
		countries: translate(lang, 'count.countries', { count: countries }),
		actions: translate(lang, 'count.actions', { count: actionsLatestFirst.length })
	});
	const latest = actionsLatestFirst[0];
	if (!latest) return first;
	return `${first} ${translate(lang, 'map.summaryLatest', { title: latest.title, date: formatPartialDate(latest.date, lang) })}`;
}
