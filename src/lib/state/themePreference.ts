/**
 * The reader's theme choice, remembered in localStorage. A `?theme=` in the URL (a shared link,
 * an embed) wins over it; `auto` (follow the system) is the absence of a choice.
 */
import type { Theme } from '$lib/url/viewState';

const KEY = 'data-borders:theme';

/** The remembered theme, or null when the reader never chose (or storage is blocked). */
export function storedTheme(): Theme | null {
	try {
		const value = localStorage.getItem(KEY);
		return value === 'light' || value === 'dark' ? value : null;
	} catch {
		return null;
	}
}

/** Remembers the reader's choice; `auto` forgets it. */
export function storeTheme(theme: Theme): void {
	try {
		if (theme === 'auto') localStorage.removeItem(KEY);
		else localStorage.setItem(KEY, theme);
	} catch {
		// Storage blocked (private mode, embedded): the choice lasts for this page only.
	}
}

/** Whether a theme shows dark, given whether the system prefers dark. */
export function isDark(theme: Theme, systemDark: boolean): boolean {
	return theme === 'dark' || (theme === 'auto' && systemDark);
}
