import { describe, expect, it } from 'vitest';
import { layoutLegend, legendEntries, rowCount, textWidth, wrapText, type Drawn } from './snapshotLayout';
import { translator } from '../../i18n/format';

const t = translator('en');
const nothing: Drawn = {
	providers: [],
	groups: false,
	kinds: new Set(),
	ages: new Set(),
	statuses: new Set(),
	changed: false,
	reach: false,
	shaded: false
};

describe('the snapshot legend', () => {
	it('lists exactly what is drawn, every provider and kind included, in the live legend’s order', () => {
		const providers = Array.from({ length: 9 }, (_, i) => ({ id: `p${i}`, color: i, name: `Provider ${i}` }));
		const entries = legendEntries(
			{
				providers,
				groups: true,
				kinds: new Set(['warning', 'law', 'provider-measure', 'ruling', 'regulation'] as const),
				ages: new Set([false, true]),
				statuses: new Set(['none', 'framework'] as const),
				changed: false,
				reach: true,
				shaded: true
			},
			t
		);
		expect(entries.map((e) => e.key)).toEqual([
			...providers.map((p) => `provider:${p.id}`),
			'count',
			'kind:law',
			'kind:regulation',
			'kind:ruling',
			'kind:warning',
			'kind:provider-measure',
			'age:recent',
			'age:older',
			'status:framework',
			'status:none',
			'reach',
			'shaded'
		]);
		expect(entries.find((e) => e.key === 'kind:warning')?.label).toBe('Official warning');
	});

	it('says what red markers and thick flows mean when comparing two dates', () => {
		const entries = legendEntries(
			{ ...nothing, ages: new Set([true, false]), statuses: new Set(['none'] as const), changed: true },
			t,
			true
		);
		expect(entries.map((e) => e.label)).toEqual([
			'Taken between the compared dates',
			'Older',
			'No framework',
			'Thicker: its legal ground changed between the dates'
		]);
	});

	it('is empty when nothing is drawn', () => {
		expect(legendEntries(nothing, t)).toEqual([]);
		expect(rowCount(layoutLegend([], 1000, 13))).toBe(0);
	});

	it('wraps entries into rows no wider than the image, none overlapping', () => {
		const entries = legendEntries(
			{
				...nothing,
				providers: Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, color: i, name: `Provider number ${i}` }))
			},
			t
		);
		const placed = layoutLegend(entries, 600, 13);
		expect(rowCount(placed)).toBeGreaterThan(1);
		for (const row of new Set(placed.map((p) => p.row))) {
			const inRow = placed.filter((p) => p.row === row);
			for (const [i, p] of inRow.entries()) {
				const end = p.x + 26 + 7 + textWidth(p.entry.label, 13);
				expect(end).toBeLessThanOrEqual(600);
				if (i + 1 < inRow.length) expect(end).toBeLessThan(inRow[i + 1].x);
			}
		}
	});
});

describe('wrapText', () => {
	it('breaks between words at the width and keeps every word', () => {
		const text = 'Schrems II: the Court strikes down Privacy Shield and upholds standard contractual clauses';
		const lines = wrapText(text, 300, 16);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe(text);
		for (const line of lines) expect(textWidth(line, 16)).toBeLessThanOrEqual(300);
	});

	it('gives a word longer than a line a line of its own', () => {
		expect(wrapText('a verylongwordindeed b', 50, 16)).toEqual(['a', 'verylongwordindeed', 'b']);
	});
});
