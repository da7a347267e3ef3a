import { MESSAGES, type MessageKey, type Messages } from '$lib/i18n/messages';
import { messagesFor } from '$lib/i18n/catalogue';
import type { Lang } from '$lib/i18n/lang';
import { countryNames } from '$lib/server/dataset';
import type { LayoutServerLoad } from './$types';

/** Messages a page needs in the other language: the embed builder writes a snippet in either. */
const CROSS_LANGUAGE: MessageKey[] = ['embed.iframeTitle', 'embed.creditLink', 'lang.switchLabel'];

export const load: LayoutServerLoad = ({ params, route }) => {
	const lang: Lang = 'lang' in params && params.lang === 'fr' ? 'fr' : 'en';
	const other: Lang = lang === 'fr' ? 'en' : 'fr';
	const otherMessages = Object.fromEntries(
		CROSS_LANGUAGE.map((key) => [key, MESSAGES[other][key]])
	) as Partial<Messages>;
	return { lang, messages: messagesFor(lang, route.id), other, otherMessages, countries: countryNames(lang) };
};
