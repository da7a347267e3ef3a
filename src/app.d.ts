// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** SITE_URL at build time ('' when unset); read it through $lib/siteUrl. */
	const __SITE_URL__: string;
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
