/**
 * The validator's messages (src/lib/data/schema.ts: English, for contributors editing data/) in
 * the words of the story builder's reader, for the mistakes a draft meets: an empty text, a
 * missing field, too few entries, an id the atlas does not know, a malformed short name. Any
 * other message stays as the validator wrote it.
 */
import { translate } from '../i18n/format';
import type { Lang } from '../i18n/lang';

const RULES: [RegExp, (lang: Lang, m: RegExpExecArray) => string][] = [
	[/^expected a non-empty string, got ""$/, (lang) => translate(lang, 'builder.issue.empty')],
	[/^missing \(required\)$/, (lang) => translate(lang, 'builder.issue.missing')],
	[
		/^expected at least (\d+) entr(?:y|ies), got /,
		(lang, m) => translate(lang, 'builder.issue.atLeast', { n: Number(m[1]) })
	],
	[
		/^"(.{1,80})" is not (?:a site|an action|a flow|a site, action or flow) in /,
		(lang, m) => translate(lang, 'builder.issue.unknown', { id: m[1] })
	],
	[/^".*" is not a kebab-case id/, (lang) => translate(lang, 'builder.issue.id')]
];

/** A validator's message in `lang`, where it is one of the above. */
export function issueWords(message: string, lang: Lang): string {
	for (const [pattern, words] of RULES) {
		const m = pattern.exec(message);
		if (m) return words(lang, m);
	}
	return message;
}
