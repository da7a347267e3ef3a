/**
 * Table sorting: rows ordered by one column, ascending or descending, stable, with empty
 * cells last whichever the direction, numbers compared as numbers and text by the page's
 * language (accents and case ignored, digits in text compared as numbers: "eu-west-2" < "eu-west-10").
 */

export type SortDirection = 'ascending' | 'descending';
/** What a column sorts by: a number, a text, or nothing (an empty cell). */
export type SortValue = string | number | null | undefined;

const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
	let c = collators.get(locale);
	if (!c) collators.set(locale, (c = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })));
	return c;
}

const isEmpty = (v: SortValue): v is null | undefined | '' => v === null || v === undefined || v === '';

/**
 * A new array of `rows` sorted by `value`; `rows` is left as it was.
 * @example sortRows([{ n: 2 }, { n: null }, { n: 1 }], (r) => r.n, 'descending') // [{ n: 2 }, { n: 1 }, { n: null }]
 */
export function sortRows<T>(
	rows: readonly T[],
	value: (row: T) => SortValue,
	direction: SortDirection,
	locale = 'en'
): T[] {
	const sign = direction === 'ascending' ? 1 : -1;
	const compareText = collator(locale).compare;
	const keyed = rows.map((row, index) => ({ row, index, key: value(row) }));
	keyed.sort((a, b) => {
		const emptyA = isEmpty(a.key);
		const emptyB = isEmpty(b.key);
		if (emptyA || emptyB) return emptyA === emptyB ? a.index - b.index : emptyA ? 1 : -1;
		let order: number;
		if (typeof a.key === 'number' && typeof b.key === 'number') order = a.key - b.key;
		else if (typeof a.key === 'number') order = -1;
		else if (typeof b.key === 'number') order = 1;
		else order = compareText(a.key as string, b.key as string);
		return order === 0 ? a.index - b.index : sign * order;
	});
	return keyed.map((k) => k.row);
}
