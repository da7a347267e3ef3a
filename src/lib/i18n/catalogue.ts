/**
 * Which messages a page ships in its data: a section's own messages (the data page's, the
 * slides') only on that section's pages. A message a page shows but did not ship is logged by
 * `translate` in the browser (and the end-to-end tests fail on any logged error).
 */
import type { Lang } from './lang';
import { MESSAGES, type Messages } from './messages';

/** Message families only one section's pages show, by the route folder they live under. */
const SECTION_ONLY: [prefix: string, section: string][] = [
	['dataPage.', '/[[lang=lang]]/data'],
	['present.', '/[[lang=lang]]/present']
];

/**
 * The catalogue a route's pages need: everything but other sections' own messages (about 2 KiB
 * brotli less on the explorer and the embed).
 * @example messagesFor('en', '/[[lang=lang]]/embed')['present.next'] // undefined
 */
export function messagesFor(lang: Lang, routeId: string | null): Partial<Messages> {
	const skip = SECTION_ONLY.filter(([, section]) => !routeId?.startsWith(section)).map(([prefix]) => prefix);
	return Object.fromEntries(
		Object.entries(MESSAGES[lang]).filter(([key]) => !skip.some((prefix) => key.startsWith(prefix)))
	) as Partial<Messages>;
}
