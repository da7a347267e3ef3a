/**
 * Table filtering by a typed query: every word of the query must appear in one of the row's
 * texts, ignoring case and accents ("geneve" finds "Genève"). An empty query keeps every row.
 */

/** Text folded for matching: accents removed, lower case, runs of spaces collapsed. */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The rows whose texts contain every word of `query`, in their original order.
 * @example filterRows([{ city: 'Genève' }, { city: 'Paris' }], 'gen', (r) => [r.city]) // [{ city: 'Genève' }]
 */
export function filterRows<T>(
	rows: readonly T[],
	query: string,
	texts: (row: T) => readonly (string | null | undefined)[]
): T[] {
	const words = foldText(query).split(' ').filter(Boolean);
	if (words.length === 0) return [...rows];
	return rows.filter((row) => {
		const haystack = foldText(
			texts(row)
				.filter((t) => t)
				.join(' \u0000 ')
		);
		return words.every((word) => haystack.includes(word));
	});
}
