/**
 * A short code for each provider (one or two letters), printed inside its marks and beside its
 * name in a printed legend, so a page printed in black and white still tells the providers apart.
 * Each takes the first of its candidates not already taken, in the order given: the name's
 * initial, then its first two letters, then its initial and a running number.
 * @example providerCodes([{ id: 'a', name: 'Alibaba' }, { id: 'b', name: 'Amazon' }]) // Map { a → 'A', b → 'Am' }
 */
export function providerCodes(providers: readonly { id: string; name: string }[]): Map<string, string> {
	const codes = new Map<string, string>();
	const taken = new Set<string>();
	for (const { id, name } of providers) {
		const letters = [...name.replace(/[^\p{L}\p{N}]/gu, '')];
		const initial = (letters[0] ?? '?').toUpperCase();
		const candidates = [initial, `${initial}${(letters[1] ?? '').toLowerCase()}`];
		let code = candidates.find((c) => c && !taken.has(c));
		for (let n = 2; !code; n++) if (!taken.has(`${initial}${n}`)) code = `${initial}${n}`;
		codes.set(id, code);
		taken.add(code);
	}
	return codes;
}
