import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Base path for hosting under a sub-folder (e.g. BASE_PATH=/atlas npm run build). */
const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// No `window.__svelte.v` in the pages' scripts: nothing reads it, and the embed counts its bytes.
	compilerOptions: { discloseVersion: false },
	vitePlugin: {
		// The explorer and embed pages run no SvelteKit client (csr = false), so hot reloading has
		// nothing to reload there; without it their markup in `npm run dev` is what Svelte's
		// hydrate() expects (HMR adds an anchor after the component), the same as in the build.
		dynamicCompileOptions({ filename }) {
			if (/\[\[lang=lang\]\][\\/](embed[\\/])?\+page\.svelte$/.test(filename)) return { hmr: false };
		}
	},
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		paths: { base, relative: true },
		// Inline the stylesheets: no render-blocking request before the first paint, which on a
		// phone saves a round trip.
		inlineStyleThreshold: 100_000,
		prerender: {
			// The site's public origin, for the few places that need absolute URLs (oEmbed, link
			// previews): SITE_URL, e.g. https://example.org. Without it those are left out
			// (src/lib/siteUrl.ts), and this placeholder never reaches a page.
			origin: process.env.SITE_URL ?? 'http://sveltekit-prerender',
			entries: ['*', '/fr/', '/embed/', '/fr/embed/'],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// Without SITE_URL the oEmbed route has no entries (oEmbed needs absolute addresses).
			handleUnseenRoutes: process.env.SITE_URL ? 'fail' : 'ignore'
		},
		// Hashes for SvelteKit's inline scripts go into a <meta> CSP on every prerendered page.
		// Styles allow 'unsafe-inline' because Svelte sets style attributes (positions, transitions).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
