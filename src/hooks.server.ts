import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { langOfPath } from '$lib/i18n/lang';
import { fillBasemapSlots } from '$lib/server/world';
import { MESSAGES } from '$lib/i18n/messages';
import { useMessages } from '$lib/i18n/format';

// The server renders both languages; the browser receives its page's catalogue as layout data.
useMessages('en', MESSAGES.en);
useMessages('fr', MESSAGES.fr);

/** Sets each page's `lang` and pours the prerendered basemap into the map's slot. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = langOfPath(event.url.pathname, base);
	return resolve(event, {
		transformPageChunk: ({ html }) => fillBasemapSlots(html.replace('%lang%', lang))
	});
};
