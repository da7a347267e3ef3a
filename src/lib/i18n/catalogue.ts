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
	['present.', '/[[lang=lang]]/present'],
	['builder.', '/[[lang=lang]]/present']
];

/** The embed's route: it boots on its own script (src/lib/boot/embed.ts). */
export const EMBED_ROUTE = '/[[lang=lang]]/embed';

/**
 * Message families no code of the embed's script shows: it has no site chrome, list, filters,
 * comparison form, builder or downloads (catalogue.test.ts follows its imports to hold this).
 */
export const NOT_IN_EMBED = [
	'nav.',
	'lang.',
	'theme.',
	'footer.',
	'list.',
	'filters.',
	'layer.',
	'compare.',
	'share.',
	'cite.',
	'snapshot.',
	'url.',
	'embed.',
	'event.',
	'region.'
];
/** …but for these: the credit line and its citation link, the event page link in a record, and what an action targets. */
export const EMBED_KEEPS = [
	'embed.credit',
	'embed.cite',
	'event.page',
	'event.providers',
	'event.sites',
	'event.flows'
];

/**
 * The catalogue a route's pages need: everything but other sections' own messages, and on the
 * embed, what only the explorer shows.
 * @example messagesFor('en', '/[[lang=lang]]/embed')['present.next'] // undefined
 */
export function messagesFor(lang: Lang, routeId: string | null): Partial<Messages> {
	const skip = SECTION_ONLY.filter(([, section]) => !routeId?.startsWith(section)).map(([prefix]) => prefix);
	const embed = routeId === EMBED_ROUTE;
	const shipped = (key: string) =>
		!skip.some((prefix) => key.startsWith(prefix)) &&
		!(embed && NOT_IN_EMBED.some((prefix) => key.startsWith(prefix)) && !EMBED_KEEPS.includes(key));
	return Object.fromEntries(Object.entries(MESSAGES[lang]).filter(([key]) => shipped(key))) as Partial<Messages>;
}
