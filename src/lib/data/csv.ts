/**
 * CSV writing (RFC 4180): a header row, CRLF line ends, and a cell quoted when it holds a
 * comma, a semicolon (the separator spreadsheets use in French or German locales), a double
 * quote or a line break. Text cells that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) get a leading apostrophe; numbers never do,
 * so a negative longitude stays a number.
 */

/** One column of a CSV file: its header and how to read its cell from a row. */
export interface CsvColumn<T> {
	header: string;
	value: (row: T) => string | number | boolean | null | undefined;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\r\n]/;

/**
 * One CSV cell: empty for null or undefined, formula-safe for text, quoted where needed.
 * @example csvCell('=SUM(A1)') // "'=SUM(A1)"
 * @example csvCell('Hello, "world"') // "\"Hello, \"\"world\"\"\""
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
	if (value === null || value === undefined) return '';
	let text = String(value);
	if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
	return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document of `rows`, one line per row after the header, each line ending in CRLF.
 * @example toCsv([{ id: 'a', n: 1 }], [{ header: 'id', value: (r) => r.id }, { header: 'n', value: (r) => r.n }])
 * // "id,n\r\na,1\r\n"
 */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
	if (columns.length === 0) throw new Error('toCsv: no columns were given; pass at least one { header, value }.');
	const lines = [columns.map((c) => csvCell(c.header)).join(',')];
	for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
	return lines.join('\r\n') + '\r\n';
}
