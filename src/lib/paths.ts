/**
 * The site's base path, for components. Code in src/lib does not import SvelteKit's `$app/paths`
 * (the embed runs these components without SvelteKit's client); SvelteKit pages set the base from
 * `$app/paths` in the root layout, the embed from its boot data. Set once per page, before any
 * component renders.
 */
let current = '';

export function setBase(path: string): void {
	current = path;
}

export function basePath(): string {
	return current;
}

/**
 * The absolute base path of a page, from the relative one its prerendered HTML was written with
 * (`..` on `/embed/`), so the site works from any folder it is copied to.
 */
export function absoluteBase(relative: string, pageUrl: string): string {
	return new URL(`${relative}/`, pageUrl).pathname.replace(/\/$/, '');
}
