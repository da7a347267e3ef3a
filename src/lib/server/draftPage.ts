/**
 * What each page of a draft story (its slides, presenter window and handout) gets from the build:
 * the map model and the basemap's markup. The story itself is read in the browser, from the
 * link's fragment or the stored draft, and its maps are drawn there on this basemap.
 */
import { mapModel } from './dataset';
import { BASEMAP } from './world';
import { basemapMarkup } from '$lib/geo/basemap';
import { packModel } from '$lib/data/wire';
import type { Lang } from '$lib/i18n/lang';

export function draftPageData(langParam: string | undefined) {
	const lang: Lang = langParam === 'fr' ? 'fr' : 'en';
	return { lang, model: packModel(mapModel(lang)), basemap: basemapMarkup(BASEMAP) };
}
