import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, parseJson } from './parseJson';

describe('parseJson', () => {
	it('parses valid JSON', () => {
		expect(parseJson('[{"a": 1}]')).toEqual([{ a: 1 }]);
	});

	it.each([
		['[1,]', "1:4: malformed JSON: unexpected ']'"],
		['{"a":}', "1:6: malformed JSON: unexpected '}'"],
		['[\n  {"a": 1}\n  {"b": 2}\n]', "3:3: malformed JSON: expected ',' or ']' after an array element, found '{'"],
		['[\n\t{\n\t\t"a" 1\n\t}\n]', "3:7: malformed JSON: expected ':' after a property name, found '1'"],
		['{"a": "x', '1:9: malformed JSON: unterminated string'],
		["{'a': 1}", "1:2: malformed JSON: expected a property name in double quotes, found '''"],
		['[1] 2', "1:5: malformed JSON: unexpected '2' after the end of the data"],
		['', '1:1: malformed JSON: unexpected end of file']
	])('locates the error in %j', (text, message) => {
		expect(() => parseJson(text)).toThrow(JsonSyntaxError);
		expect(() => parseJson(text)).toThrow(message);
	});
});
