/**
 * What the embed's page hands to its own entry script (src/lib/embed/client.ts): the language,
 * the page's messages and country names, the packed map model and the page's relative base
 * path. It travels as a JSON data block in the HTML (`<script type="application/json">`, never
 * executed, so the Content Security Policy needs no hash for it).
 */
import type { WireModel } from '$lib/data/wire';
import type { Lang } from '$lib/i18n/lang';
import type { Messages } from '$lib/i18n/messages';

export interface EmbedBoot {
	lang: Lang;
	/** Relative, as the prerendered page was written (`..` on `/embed/`). */
	base: string;
	messages: Partial<Messages>;
	countries: Record<string, string>;
	model: WireModel;
}

export const BOOT_ID = 'embed-boot';

/**
 * The data block's markup. `<` is written as `\u003c`, so no string in the data (a title, a
 * source) can close the block or open a tag; JSON.parse reads it back unchanged.
 */
export function bootBlock(boot: EmbedBoot): string {
	const json = JSON.stringify(boot).replace(/</g, '\\u003c');
	return `<script type="application/json" id="${BOOT_ID}">${json}</script>`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The boot data read back, or null (with the reason) when the block is missing or garbled. */
export function readBoot(text: string | null | undefined): { boot: EmbedBoot } | { error: string } {
	if (!text) return { error: 'no boot data on the page' };
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { error: 'the boot data is not JSON' };
	}
	if (!isRecord(value)) return { error: 'the boot data is not an object' };
	const { lang, base, messages, countries, model } = value;
	if (lang !== 'en' && lang !== 'fr') return { error: 'the boot data has no language' };
	if (typeof base !== 'string') return { error: 'the boot data has no base path' };
	if (!isRecord(messages) || !isRecord(countries) || !isRecord(model)) {
		return { error: 'the boot data lacks messages, country names or the map model' };
	}
	return { boot: value as unknown as EmbedBoot };
}
