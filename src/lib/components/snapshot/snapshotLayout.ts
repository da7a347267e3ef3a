/**
 * What a snapshot image lists and where it puts it: the legend entries for exactly what the view
 * draws (each provider, action kind, age and flow status present, the flows whose legal ground
 * changed between compared dates, the reach lines and the shaded jurisdiction), laid out in rows
 * that wrap, and text wrapped to a width. Pure, so the server's images and the browser's downloads
 * agree, and the tests read the same entries.
 */
import { ACTION_KINDS, FLOW_STATUSES, type ActionKind, type FlowStatus } from '../../data/types';
import type { MessageKey } from '../../i18n/messages';
import type { Drawn } from '../../state/drawn';

/** One legend entry: `key` names what it stands for (`provider:aws`, `kind:warning`, `status:none`…). */
export type LegendEntry =
	| { key: `provider:${string}`; type: 'provider'; color: number; label: string }
	| { key: 'count'; type: 'count'; label: string }
	| { key: `kind:${ActionKind}`; type: 'kind'; kind: ActionKind; label: string }
	| { key: 'age:recent' | 'age:older'; type: 'age'; recent: boolean; label: string }
	| { key: `status:${FlowStatus}`; type: 'status'; status: FlowStatus; label: string }
	| { key: 'changed'; type: 'changed'; label: string }
	| { key: 'reach'; type: 'reach'; label: string }
	| { key: 'shaded'; type: 'shaded'; label: string };

/** What a view draws, as the snapshot reads it from the state. */
export type { Drawn };

/**
 * The legend entries for what is drawn, in the order the live legend uses. When `comparing`, the
 * action markers in red are those taken between the compared dates, as the live legend says.
 */
export function legendEntries(drawn: Drawn, t: (key: MessageKey) => string, comparing = false): LegendEntry[] {
	const entries: LegendEntry[] = drawn.providers.map((p) => ({
		key: `provider:${p.id}` as const,
		type: 'provider' as const,
		color: p.color,
		label: p.name
	}));
	if (drawn.groups) entries.push({ key: 'count', type: 'count', label: t('legend.count') });
	for (const kind of ACTION_KINDS)
		if (drawn.kinds.has(kind)) entries.push({ key: `kind:${kind}`, type: 'kind', kind, label: t(`kind.${kind}`) });
	for (const recent of [true, false])
		if (drawn.ages.has(recent))
			entries.push({
				key: recent ? 'age:recent' : 'age:older',
				type: 'age',
				recent,
				label: t(recent ? (comparing ? 'legend.between' : 'legend.recent') : 'legend.older')
			});
	for (const status of FLOW_STATUSES)
		if (drawn.statuses.has(status))
			entries.push({ key: `status:${status}`, type: 'status', status, label: t(`flowStatus.${status}`) });
	if (drawn.changed) entries.push({ key: 'changed', type: 'changed', label: t('legend.changed') });
	if (drawn.reach) entries.push({ key: 'reach', type: 'reach', label: t('legend.reach') });
	if (drawn.shaded) entries.push({ key: 'shaded', type: 'shaded', label: t('legend.jurisdiction') });
	return entries;
}

/**
 * The width of a line of text in DejaVu Sans, in pixels, a little above the real one: its
 * advance widths average about 0.55 em in running text (0.6 in bold). The images are drawn in
 * that font alone, so a label never runs into the next.
 */
export function textWidth(text: string, size: number, bold = false): number {
	return [...text].length * size * (bold ? 0.64 : 0.57);
}

/** Words of `text` in lines no wider than `width` (a word longer than a line gets a line of its own). */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, size, bold) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** A legend entry with its place: x and the row it sits on. */
export interface PlacedEntry {
	entry: LegendEntry;
	x: number;
	row: number;
}

/** The swatch's width and the gaps around an entry's label, in pixels at size 13. */
export const SWATCH = 26;
const GAP = 7;
const SPACING = 22;

/** Entries in rows from left to right, wrapping at `width`. */
export function layoutLegend(entries: LegendEntry[], width: number, size: number): PlacedEntry[] {
	const placed: PlacedEntry[] = [];
	let x = 0;
	let row = 0;
	for (const entry of entries) {
		const w = SWATCH + GAP + textWidth(entry.label, size);
		if (x > 0 && x + w > width) {
			row++;
			x = 0;
		}
		placed.push({ entry, x, row });
		x += w + SPACING;
	}
	return placed;
}

/** The number of rows a layout takes. */
export const rowCount = (placed: PlacedEntry[]) => (placed.length ? placed[placed.length - 1].row + 1 : 0);
