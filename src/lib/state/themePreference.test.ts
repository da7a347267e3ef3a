import { afterEach, describe, expect, it, vi } from 'vitest';
import { isDark, storeTheme, storedTheme } from './themePreference';

function fakeStorage() {
	const items = new Map<string, string>();
	return {
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => void items.set(k, v),
		removeItem: (k: string) => void items.delete(k)
	};
}

afterEach(() => vi.unstubAllGlobals());

describe('theme preference', () => {
	it('remembers light and dark, and forgets on auto', () => {
		vi.stubGlobal('localStorage', fakeStorage());
		expect(storedTheme()).toBeNull();
		storeTheme('dark');
		expect(storedTheme()).toBe('dark');
		storeTheme('auto');
		expect(storedTheme()).toBeNull();
	});

	it('ignores a garbled stored value and blocked storage', () => {
		const storage = fakeStorage();
		storage.setItem('data-borders:theme', '<script>');
		vi.stubGlobal('localStorage', storage);
		expect(storedTheme()).toBeNull();
		vi.stubGlobal('localStorage', {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {
				throw new Error('blocked');
			}
		});
		expect(storedTheme()).toBeNull();
		expect(() => storeTheme('dark')).not.toThrow();
	});

	it.each([
		['dark', false, true],
		['light', true, false],
		['auto', true, true],
		['auto', false, false]
	] as const)('%s with a system that prefers dark: %s → dark %s', (theme, system, dark) => {
		expect(isDark(theme, system)).toBe(dark);
	});
});
