import { mapModel } from '$lib/server/dataset';
import { BASEMAP } from '$lib/server/world';
import { basemapMarkup } from '$lib/geo/basemap';
import { packModel } from '$lib/data/wire';
import type { Lang } from '$lib/i18n/lang';
import type { PageServerLoad } from './$types';

/** A draft story's presenter window: the page reads the story and draws its maps in the browser, on this basemap. */
export const load: PageServerLoad = ({ params }) => {
	const lang: Lang = params.lang === 'fr' ? 'fr' : 'en';
	return { lang, model: packModel(mapModel(lang)), basemap: basemapMarkup(BASEMAP) };
};
