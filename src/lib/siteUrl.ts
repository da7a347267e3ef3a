/**
 * The site's public address, from the one setting that gives it: the SITE_URL environment
 * variable at build time (`SITE_URL=https://example.org npm run build`). Link previews, oEmbed
 * documents and printed permalinks need an absolute address; without one the build leaves them
 * out (and says so once) rather than point at a local server.
 */

/** The configured address without a trailing slash, or null when SITE_URL was not set. */
export const SITE_URL: string | null = __SITE_URL__ ? __SITE_URL__.replace(/\/+$/, '') : null;

/**
 * `path` as an absolute URL on the public site, resolved against the page's own path; null when
 * no address is configured.
 * @example absoluteUrl('../snapshots/en/default.png', '/events/x/') // "https://example.org/events/snapshots/en/default.png"
 */
export function absoluteUrl(path: string, pagePath: string): string | null {
	return SITE_URL ? new URL(path, `${SITE_URL}${pagePath}`).href : null;
}
