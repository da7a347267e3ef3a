/**
 * What a page that boots without SvelteKit's client (the explorer, the embed) hands to its own
 * entry script: the language, the page's messages and country names, the packed map model, the
 * page's relative base path and, for the explorer's embed builder, a few messages in the other
 * language. It travels as a JSON data block in the HTML (`<script type="application/json">`,
 * never executed, so the Content Security Policy needs no hash for it).
 */
import type { WireModel } from '$lib/data/wire';
import type { Lang } from '$lib/i18n/lang';
import type { Messages } from '$lib/i18n/messages';

export interface PageBoot {
	lang: Lang;
	/** Relative, as the prerendered page was written (`..` on `/embed/`). */
	base: string;
	messages: Partial<Messages>;
	countries: Record<string, string>;
	model: WireModel;
	other?: { lang: Lang; messages: Partial<Messages> };
}

export const BOOT_ID = 'page-boot';
/** The element the page's root component is rendered into and hydrated in. */
export const ROOT_ID = 'page-root';

/**
 * The data block's markup. `<` is written as `\u003c`, so no string in the data (a title, a
 * source) can close the block or open a tag; JSON.parse reads it back unchanged.
 */
export function bootBlock(boot: PageBoot): string {
	const json = JSON.stringify(boot).replace(/</g, '\\u003c');
	return `<script type="application/json" id="${BOOT_ID}">${json}</script>`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isLang = (value: unknown): value is Lang => value === 'en' || value === 'fr';

/** The boot data read back, or the reason it cannot be when the block is missing or garbled. */
export function readBoot(text: string | null | undefined): { boot: PageBoot } | { error: string } {
	if (!text) return { error: 'no boot data on the page' };
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { error: 'the boot data is not JSON' };
	}
	if (!isRecord(value)) return { error: 'the boot data is not an object' };
	const { lang, base, messages, countries, model, other } = value;
	if (!isLang(lang)) return { error: 'the boot data has no language' };
	if (typeof base !== 'string') return { error: 'the boot data has no base path' };
	if (!isRecord(messages) || !isRecord(countries) || !isRecord(model)) {
		return { error: 'the boot data lacks messages, country names or the map model' };
	}
	if (other !== undefined && !(isRecord(other) && isLang(other.lang) && isRecord(other.messages))) {
		return { error: 'the boot data has other-language messages in the wrong shape' };
	}
	return { boot: value as unknown as PageBoot };
}
