/**
 * Translation and formatting: messages with plain-text placeholders and simple plurals,
 * dates at their own precision, numbers and country names.
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

/**
 * The plural category of a count, by the CLDR rule for whole numbers (which is all we count):
 * English says "1 site" and "0 sites", French "0 site" and "1 site" but "2 sites".
 */
const isOne = (n: number, lang: Lang) => (lang === 'fr' ? n === 0 || n === 1 : n === 1);

/**
 * A message in `lang` with `{name}` placeholders filled and `{n, plural, one {…} other {…}}`
 * chosen by the language's plural rule (`#` stands for the formatted number).
 * @example translate('en', 'count.sites', { count: 1 }) // "1 data centre"
 */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
	const template = catalogues[lang]?.[key] ?? catalogues.en?.[key];
	if (template === undefined) {
		// A page's data left out a message it shows (see messagesFor): say so, show the key.
		console.error(`No message "${key}" on this page`);
		return key;
	}
	return template
		.replace(PLURAL, (_, name: string, one: string, other: string) => {
			const n = Number(params[name]);
			return (isOne(n, lang) ? one : other).replace(/#/g, formatNumber(n, lang));
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

/*
 * Numbers, dates and month names are written here rather than through Intl: building an
 * Intl.DateTimeFormat or NumberFormat loads locale data in the page's first task, a cost these
 * simple formats need not pay.
 */

/** Thousands separators: a comma in English, a narrow no-break space in French. */
const GROUP: Record<Lang, string> = { en: ',', fr: '\u202f' };
const DECIMAL: Record<Lang, string> = { en: '.', fr: ',' };

/** A number in the language's typography ("1,234.5" / "1 234,5"), at most 3 decimals. */
export function formatNumber(value: number, lang: Lang): string {
	if (!Number.isFinite(value)) return String(value);
	const [whole, fraction] = String(Math.round(Math.abs(value) * 1000) / 1000).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP[lang]);
	return (value < 0 ? '−' : '') + grouped + (fraction ? DECIMAL[lang] + fraction : '');
}

const MONTHS: Record<Lang, readonly string[]> = {
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	],
	fr: [
		'janvier',
		'février',
		'mars',
		'avril',
		'mai',
		'juin',
		'juillet',
		'août',
		'septembre',
		'octobre',
		'novembre',
		'décembre'
	]
};
const SHORT_MONTHS: Record<Lang, readonly string[]> = {
	en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
	fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
};

/** "5 August 2020", "1er août 2020" (French writes the first of the month as an ordinal). */
function dayInWords(year: number, month: number, day: number, lang: Lang): string {
	const d = lang === 'fr' && day === 1 ? '1er' : String(day);
	return `${d} ${MONTHS[lang][month - 1]} ${year}`;
}

/**
 * A partial date in words at its own precision: "2015", "March 2015", "5 August 2020".
 * Anything that is not a valid partial date is returned as it is.
 */
export function formatPartialDate(text: string, lang: Lang): string {
	const parts = parsePartialDate(text);
	if (!parts) return text;
	if (parts.month === undefined) return String(parts.year);
	if (parts.day === undefined) return `${MONTHS[lang][parts.month - 1]} ${parts.year}`;
	return dayInWords(parts.year, parts.month, parts.day, lang);
}

/** A day number as a full date in words ("5 August 2020"). */
export function formatDay(dayNumber: number, lang: Lang): string {
	const { year, month, day } = partsFromDay(dayNumber);
	return dayInWords(year, month, day, lang);
}

/** A day number's month in short words ("Aug 2020", "août 2020"), for compact labels. */
export function formatMonth(dayNumber: number, lang: Lang): string {
	const { year, month } = partsFromDay(dayNumber);
	return `${SHORT_MONTHS[lang][month - 1]} ${year}`;
}

const countryNames: Partial<Record<Lang, Record<string, string>>> = {};
/**
 * Adds country names for a language: the server looks up every code in the dataset once and
 * the page receives them as layout data, so the browser never builds an Intl.DisplayNames.
 */
export function useCountryNames(lang: Lang, names: Record<string, string>): void {
	countryNames[lang] = { ...countryNames[lang], ...names };
}

const regionNames: Partial<Record<Lang, Intl.DisplayNames>> = {};
/** A country's (or the EU's) name from its ISO code, in `lang`. */
export function countryName(code: string, lang: Lang): string {
	const known = countryNames[lang]?.[code];
	if (known) return known;
	try {
		return (regionNames[lang] ??= new Intl.DisplayNames([LOCALES[lang]], { type: 'region' })).of(code) ?? code;
	} catch {
		return code;
	}
}

/** Names of the given codes in `lang`, in alphabetical order of name, for `useCountryNames`. */
export function countryNameTable(codes: Iterable<string>, lang: Lang): Record<string, string> {
	const named = [...new Set(codes)].map((code) => [code, countryName(code, lang)] as const);
	return Object.fromEntries(named.sort((a, b) => a[1].localeCompare(b[1], LOCALES[lang])));
}

/**
 * Compares two codes by their names in `lang`: by the registered table's order (already
 * sorted on the server, so the browser needs no collator), else by the names themselves.
 */
export function byCountryName(lang: Lang): (a: string, b: string) => number {
	const order = new Map(Object.keys(countryNames[lang] ?? {}).map((code, i) => [code, i]));
	return (a, b) =>
		(order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) ||
		countryName(a, lang).localeCompare(countryName(b, lang), LOCALES[lang]);
}

/**
 * French spacing: a narrow no-break space before ; : ! ? and » and after «, so the sign never
 * starts a line. The French catalogue and the dataset's French texts are written this way
 * (tests check both), so nothing is transformed at run time.
 * A colon inside a URL or a time ("https://", "10:30") has no space before it and is left alone.
 * @example frenchSpacing('Note : voir « ici » !') // "Note\u202f: voir «\u202fici\u202f»\u202f!"
 */
export function frenchSpacing(text: string): string {
	return text
		.replace(/[ \u00a0\u202f]+([;:!?»])/g, '\u202f$1')
		.replace(/«[ \u00a0\u202f]*/g, '«\u202f')
		.replace(/([^\s\u202f])»/g, '$1\u202f»')
		.replace(/(\S)([!?;])(?=\s|$)/g, (whole, before: string, sign: string) =>
			/[\u202f«(]/.test(before) || /[!?]/.test(before) ? whole : `${before}\u202f${sign}`
		);
}

/** Every French text (the `fr` of an {en, fr} pair) anywhere in a JSON value, for checks. */
export function frenchTexts(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(frenchTexts);
	if (typeof value !== 'object' || value === null) return [];
	const record = value as Record<string, unknown>;
	const own = typeof record.en === 'string' && typeof record.fr === 'string' ? [record.fr] : [];
	return [...own, ...Object.values(record).flatMap(frenchTexts)];
}
