import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { langOfPath } from '$lib/i18n/lang';
import { fillBasemapSlots } from '$lib/server/world';
import { MESSAGES } from '$lib/i18n/messages';
import { useMessages } from '$lib/i18n/format';
import { render } from 'svelte/server';
import { useIslandRenderer } from '$lib/boot/islands';

// The server renders both languages; the browser receives its page's catalogue as layout data.
useMessages('en', MESSAGES.en);
useMessages('fr', MESSAGES.fr);
// The islands of the pages that boot themselves render inline on the server (src/lib/boot/islands.ts).
useIslandRenderer((component, props) => render(component, { props }).body);

/** Sets each page's `lang` and pours the prerendered basemap into the map's slot. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = langOfPath(event.url.pathname, base);
	return resolve(event, {
		transformPageChunk: ({ html }) => fillBasemapSlots(html.replace('%lang%', lang))
	});
};
