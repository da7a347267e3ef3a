/** The site's languages; English is the default and lives at the root, French under /fr/. */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** Whether a string is one of the site's languages. */
export function isLang(value: unknown): value is Lang {
	return value === 'en' || value === 'fr';
}

/** The language of a path: `/fr` or `/fr/...` is French, everything else English. */
export function langOfPath(pathname: string, base = ''): Lang {
	const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	return rest === '/fr' || rest.startsWith('/fr/') ? 'fr' : 'en';
}

/** The path of `route` (e.g. `/` or `/events/x/`) in `lang`. */
export function localizedPath(route: string, lang: Lang): string {
	return lang === 'en' ? route : `/fr${route}`;
}
