import { describe, expect, it } from 'vitest';
import { CHANGELOG, DATASET_VERSION } from './datasetInfo';
import { dayOf } from '../time/partialDate';

describe('datasetInfo', () => {
	it('the newest changelog entry is the current version', () => {
		expect(CHANGELOG[0].version).toBe(DATASET_VERSION);
	});

	it.each(CHANGELOG)('$version is dated, semantic and written in both languages', (entry) => {
		expect(entry.version).toMatch(/^\d+\.\d+\.\d+$/);
		expect(Number.isFinite(dayOf(entry.date))).toBe(true);
		expect(entry.changes.length).toBeGreaterThan(0);
		for (const change of entry.changes) {
			expect(change.en.trim()).not.toBe('');
			expect(change.fr.trim()).not.toBe('');
		}
	});

	it('entries are newest first', () => {
		const days = CHANGELOG.map((e) => dayOf(e.date));
		expect(days).toEqual([...days].sort((a, b) => b - a));
	});
});
