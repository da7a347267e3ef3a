import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { langOfPath } from '$lib/i18n/lang';
import { fillBasemapSlots } from '$lib/server/world';

/** Sets each page's `lang` and pours the prerendered basemap into the map's slot. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = langOfPath(event.url.pathname, base);
	return resolve(event, {
		transformPageChunk: ({ html }) => fillBasemapSlots(html.replace('%lang%', lang))
	});
};
