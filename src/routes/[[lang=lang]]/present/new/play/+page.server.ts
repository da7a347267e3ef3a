import { mapModel } from '$lib/server/dataset';
import { packModel } from '$lib/data/wire';
import type { Lang } from '$lib/i18n/lang';
import type { PageServerLoad } from './$types';

/** A draft story's slides: the page reads the story in the browser (its link, or the stored draft). */
export const load: PageServerLoad = ({ params }) => {
	const lang: Lang = params.lang === 'fr' ? 'fr' : 'en';
	return { lang, model: packModel(mapModel(lang)) };
};
