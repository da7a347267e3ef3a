/**
 * JSON.parse with an error that names the line and column. V8 on Node 20 often reports no
 * position at all ("Unexpected token '}'"), so on failure a small scanner walks the text to
 * the first character that cannot belong to valid JSON.
 */

/** A JSON syntax error with a 1-based line and column. */
export class JsonSyntaxError extends Error {
	constructor(
		readonly line: number,
		readonly column: number,
		readonly reason: string
	) {
		super(`${line}:${column}: malformed JSON: ${reason}`);
		this.name = 'JsonSyntaxError';
	}
}

/**
 * Parses JSON text or throws a JsonSyntaxError naming where it broke.
 * @example parseJson('[1,]') // throws JsonSyntaxError "1:4: malformed JSON: unexpected ']'"
 */
export function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		const { offset, reason } = findSyntaxError(text);
		const before = text.slice(0, offset).split('\n');
		throw new JsonSyntaxError(before.length, before[before.length - 1].length + 1, reason);
	}
}

/** Finds the offset of the first syntax error in text that JSON.parse rejected. */
function findSyntaxError(text: string): { offset: number; reason: string } {
	let i = 0;
	const fail = (reason: string): never => {
		throw { offset: i, reason };
	};
	const describe = () => (i >= text.length ? 'end of file' : `'${text[i]}'`);
	const space = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
	};
	const string = () => {
		i++;
		while (i < text.length && text[i] !== '"') {
			if (text[i] === '\\') {
				i++;
				if (text[i] === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('bad \\u escape');
					i += 4;
				} else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail('bad escape in string');
			} else if (text.charCodeAt(i) < 0x20) fail('control character in string');
			i++;
		}
		if (i >= text.length) fail('unterminated string');
		i++;
	};
	const value = (): void => {
		space();
		const c = text[i];
		if (c === '{') {
			i++;
			space();
			if (text[i] === '}') return void i++;
			for (;;) {
				space();
				if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
				string();
				space();
				if (text[i] !== ':') fail(`expected ':' after a property name, found ${describe()}`);
				i++;
				value();
				space();
				if (text[i] === ',') {
					i++;
					continue;
				}
				if (text[i] === '}') return void i++;
				fail(`expected ',' or '}' after a property value, found ${describe()}`);
			}
		}
		if (c === '[') {
			i++;
			space();
			if (text[i] === ']') return void i++;
			for (;;) {
				value();
				space();
				if (text[i] === ',') {
					i++;
					continue;
				}
				if (text[i] === ']') return void i++;
				fail(`expected ',' or ']' after an array element, found ${describe()}`);
			}
		}
		if (c === '"') return string();
		const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
		if (literal) return void (i += literal[0].length);
		fail(`unexpected ${describe()}`);
	};
	try {
		value();
		space();
		if (i < text.length) fail(`unexpected ${describe()} after the end of the data`);
	} catch (error) {
		return error as { offset: number; reason: string };
	}
	return { offset: 0, reason: 'not valid JSON' };
}
