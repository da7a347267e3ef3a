import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, type CsvColumn } from './csv';

describe('csvCell', () => {
	it.each([
		['plain', 'plain'],
		['', ''],
		[null, ''],
		[undefined, ''],
		[42, '42'],
		[-77.0369, '-77.0369'],
		[true, 'true'],
		['a,b', '"a,b"'],
		['a;b', '"a;b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['cr\rlf', '"cr\rlf"'],
		['=SUM(A1:A9)', "'=SUM(A1:A9)"],
		['+33 1 23', "'+33 1 23"],
		['-b', "'-b"],
		['@cmd', "'@cmd"],
		['\tTab', "'\tTab"],
		['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
		['a=b', 'a=b'],
		['Zürich – Genève', 'Zürich – Genève']
	] as const)('%j → %j', (value, expected) => {
		expect(csvCell(value)).toBe(expected);
	});
});

interface Row {
	id: string;
	n: number | null;
	note?: string;
}
const columns: CsvColumn<Row>[] = [
	{ header: 'id', value: (r) => r.id },
	{ header: 'n', value: (r) => r.n },
	{ header: 'note', value: (r) => r.note }
];

describe('toCsv', () => {
	it.each([
		{ name: 'header only', rows: [], expected: 'id,n,note\r\n' },
		{ name: 'one row', rows: [{ id: 'a', n: 1 }], expected: 'id,n,note\r\na,1,\r\n' },
		{
			name: 'quoting and nulls',
			rows: [
				{ id: 'a,b', n: null, note: 'x "y"' },
				{ id: 'c', n: -2, note: '=1+1' }
			],
			expected: 'id,n,note\r\n"a,b",,"x ""y"""\r\nc,-2,\'=1+1\r\n'
		}
	])('$name', ({ rows, expected }) => {
		expect(toCsv(rows, columns)).toBe(expected);
	});

	it('refuses to write a file without columns', () => {
		expect(() => toCsv([{ id: 'a' }], [])).toThrow(/no columns/);
	});
});
