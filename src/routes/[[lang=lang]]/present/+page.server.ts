import { storyViews } from '$lib/server/dataset';
import type { Lang } from '$lib/i18n/lang';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang: Lang = params.lang === 'fr' ? 'fr' : 'en';
	const stories = storyViews(lang).map(({ id, title, summary, slides }) => ({
		id,
		title,
		summary,
		count: slides.length
	}));
	return { lang, stories };
};
