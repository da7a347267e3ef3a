/**
 * Translation and formatting: messages with plain-text placeholders and simple plurals,
 * dates at their own precision, numbers and country names, all through Intl.
 */
import type { MessageKey, Messages } from './messages';
import type { Lang } from './lang';
import { parsePartialDate, partsFromDay } from '../time/partialDate';

/** The Intl locale for each language: British English writes "5 August 2020". */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };

/**
 * The catalogues this page has. The browser gets only its page's language (from the root
 * layout's data), so the other catalogue is never downloaded; the server and the tests
 * register both (hooks.server.ts, src/lib/i18n/testSetup.ts).
 */
const catalogues: Partial<Record<Lang, Partial<Messages>>> = {};

/** Adds messages for a language (merged with any it already has). */
export function useMessages(lang: Lang, messages: Partial<Messages>): void {
	catalogues[lang] = { ...catalogues[lang], ...messages };
}

const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;
const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};

/**
 * A message in `lang` with `{name}` placeholders filled and `{n, plural, one {…} other {…}}`
 * chosen by Intl.PluralRules (`#` stands for the formatted number).
 * @example translate('en', 'count.sites', { count: 1 }) // "1 data centre"
 */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
	const template = catalogues[lang]?.[key] ?? catalogues.en?.[key] ?? key;
	const rules = (pluralRules[lang] ??= new Intl.PluralRules(LOCALES[lang]));
	return template
		.replace(PLURAL, (_, name: string, one: string, other: string) => {
			const n = Number(params[name]);
			return (rules.select(n) === 'one' ? one : other).replace(/#/g, formatNumber(n, lang));
		})
		.replace(/\{(\w+)\}/g, (whole, name: string) =>
			name in params
				? typeof params[name] === 'number'
					? formatNumber(params[name] as number, lang)
					: String(params[name])
				: whole
		);
}

/**
 * `translate` bound to one language, for components: `const t = translator(lang)`.
 * @example translator('fr')('nav.data') // "Données"
 */
export function translator(lang: Lang) {
	return (key: MessageKey, params: Record<string, string | number> = {}) => translate(lang, key, params);
}

const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};
/** A number in the language's typography ("1,234" / "1 234"). */
export function formatNumber(value: number, lang: Lang): string {
	return (numberFormats[lang] ??= new Intl.NumberFormat(LOCALES[lang])).format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${lang}:${JSON.stringify(options)}`;
	let format = dateFormats.get(key);
	if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' })));
	return format;
}

/**
 * A partial date in words at its own precision: "2015", "March 2015", "5 August 2020".
 * Anything that is not a valid partial date is returned as it is.
 */
export function formatPartialDate(text: string, lang: Lang): string {
	const parts = parsePartialDate(text);
	if (!parts) return text;
	if (parts.month === undefined) return String(parts.year);
	const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day ?? 1));
	if (parts.day === undefined) return dateFormat(lang, { year: 'numeric', month: 'long' }).format(date);
	return dateFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** A day number as a full date in words ("5 August 2020"). */
export function formatDay(dayNumber: number, lang: Lang): string {
	const { year, month, day } = partsFromDay(dayNumber);
	return dateFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(
		new Date(Date.UTC(year, month - 1, day))
	);
}

/** A day number's month in words ("August 2020"), for compact labels. */
export function formatMonth(dayNumber: number, lang: Lang): string {
	const { year, month } = partsFromDay(dayNumber);
	return dateFormat(lang, { year: 'numeric', month: 'short' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

const regionNames: Partial<Record<Lang, Intl.DisplayNames>> = {};
/** A country's (or the EU's) name from its ISO code, in `lang`. */
export function countryName(code: string, lang: Lang): string {
	try {
		return (regionNames[lang] ??= new Intl.DisplayNames([LOCALES[lang]], { type: 'region' })).of(code) ?? code;
	} catch {
		return code;
	}
}
