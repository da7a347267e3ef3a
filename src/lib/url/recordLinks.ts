/**
 * Paths to a record's places on the site, without the base path (prefix `base` from
 * $app/paths): its event page, and the explorer at a date with it selected. Ids and dates come
 * from the validated dataset, and are encoded anyway.
 */
import { localizedPath, type Lang } from '../i18n/lang';

/**
 * The path of an action's event page.
 * @example eventPath('us-clean-cloud', 'fr') // "/fr/events/us-clean-cloud/"
 */
export function eventPath(id: string, lang: Lang): string {
	return localizedPath(`/events/${encodeURIComponent(id)}/`, lang);
}

/**
 * The explorer at `date` (a partial date) with `selected` selected.
 * @example explorerPath('2020-08-05', 'us-clean-cloud', 'en') // "/?date=2020-08-05&selected=us-clean-cloud"
 */
export function explorerPath(date: string, selected: string | null, lang: Lang): string {
	const query = new URLSearchParams({ date });
	if (selected) query.set('selected', selected);
	return `${localizedPath('/', lang)}?${query}`;
}
