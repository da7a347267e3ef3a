import { DATASET, mapModel } from '$lib/server/dataset';
import { packModel } from '$lib/data/wire';
import type { Lang } from '$lib/i18n/lang';
import type { PageServerLoad } from './$types';

/** The story builder: the map model (to check ids and list what a slide shows) and the stories to start from. */
export const load: PageServerLoad = ({ params }) => {
	const lang: Lang = params.lang === 'fr' ? 'fr' : 'en';
	return { lang, model: packModel(mapModel(lang)), stories: DATASET.stories };
};
