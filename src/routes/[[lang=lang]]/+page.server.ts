import { dev } from '$app/environment';
import { mapModel } from '$lib/server/dataset';
import { pageEntry } from '$lib/server/entries';
import { packModel } from '$lib/data/wire';
import type { Lang } from '$lib/i18n/lang';
import type { PageServerLoad } from './$types';

// The explorer boots with its own entry (src/lib/boot/explorer.ts), not SvelteKit's client.
export const csr = false;

export const load: PageServerLoad = ({ params }) => {
	const lang: Lang = params.lang === 'fr' ? 'fr' : 'en';
	return { lang, model: packModel(mapModel(lang)), entry: pageEntry('explorer', dev) };
};
