/**
 * The validator's messages (src/lib/data/schema.ts and validate.ts: English, for contributors
 * editing data/) in the words of the story builder's reader: every message a story can meet has
 * its rule here. A message no rule matches (a new rule of the validator's, not yet worded here)
 * stays as the validator wrote it; a test checks that no story-reachable message does.
 */
import { translate } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import type { MessageKey } from '../i18n/messages';

type Words = (lang: Lang, m: RegExpExecArray) => string;
const plain =
	(key: MessageKey): Words =>
	(lang) =>
		translate(lang, key);

/** A value as the validator shows it (JSON, perhaps cut short), for the reader: a string without its quotes. */
const value = (shown: string) => shown.replace(/^"(.*)"$/, '$1');

const RULES: [RegExp, Words][] = [
	[/^expected a non-empty string, got ""$/, plain('builder.issue.empty')],
	[/^expected a non-empty string, got /, plain('builder.issue.text')],
	[/^missing \(required\)$/, plain('builder.issue.missing')],
	[
		/^expected at least (\d+) entr(?:y|ies), got /,
		(lang, m) => translate(lang, 'builder.issue.atLeast', { n: Number(m[1]) })
	],
	[/^more than (\d+) entries \(\d+\)$/, (lang, m) => translate(lang, 'builder.issue.atMost', { n: Number(m[1]) })],
	[
		/^longer than (\d+) characters \((\d+)\)$/,
		(lang, m) => translate(lang, 'builder.issue.tooLong', { max: Number(m[1]), count: Number(m[2]) })
	],
	[
		/^(".{1,80}") is not (?:a site|an action|a flow|a site, action or flow) in /,
		(lang, m) => translate(lang, 'builder.issue.unknown', { id: value(m[1]) })
	],
	[
		/^(".{1,80}") is not a provider in /,
		(lang, m) => translate(lang, 'builder.issue.unknownProvider', { id: value(m[1]) })
	],
	[
		/^(".{1,80}") is not a jurisdiction in /,
		(lang, m) => translate(lang, 'builder.issue.unknownJurisdiction', { id: value(m[1]) })
	],
	[/^expected an? [a-z, ]+ id, got /, plain('builder.issue.notId')],
	[/^".*" is not a kebab-case id/, plain('builder.issue.id')],
	[/^.* is not a date \(YYYY, YYYY-MM or YYYY-MM-DD\)$/, plain('builder.issue.date')],
	[/^.* is not an ISO 3166-1 alpha-2 country code/, plain('builder.issue.country')],
	[
		/^(.{1,80}) is not one of: (.*)$/,
		(lang, m) => translate(lang, 'builder.issue.oneOf', { value: value(m[1]), options: m[2] })
	],
	[/^a layer is listed twice$/, plain('builder.issue.layerTwice')],
	[/^expected an array, got /, plain('builder.issue.list')],
	[/^expected an object, got /, plain('builder.issue.object')],
	[/^unknown field \(expected one of: (.*)\)$/, (lang, m) => translate(lang, 'builder.issue.field', { names: m[1] })],
	[/^expected \{ "region": name \} or \{ "bbox"/, plain('builder.issue.focus')],
	[/^expected \[west, south, east, north\] in degrees/, plain('builder.issue.box')],
	[/^.* is out of range \(longitudes -180 to 180, latitudes -90 to 90\)$/, plain('builder.issue.range')],
	[
		/^west (\S+) is not less than east (\S+)$/,
		(lang, m) => translate(lang, 'builder.issue.westEast', { west: m[1], east: m[2] })
	],
	[
		/^south (\S+) is not less than north (\S+)$/,
		(lang, m) => translate(lang, 'builder.issue.southNorth', { south: m[1], north: m[2] })
	],
	[/^has both a date and a from\/to pair/, plain('builder.issue.dateAndPair')],
	[/^needs a date, or a from\/to pair$/, plain('builder.issue.noDate')],
	[/^a from\/to pair needs both from and to$/, plain('builder.issue.halfPair')],
	[
		/^(".{1,80}") is not after from (".{1,80}")$/,
		(lang, m) => translate(lang, 'builder.issue.toBeforeFrom', { to: value(m[1]), from: value(m[2]) })
	],
	[/^the story is too long$/, plain('builder.issue.storyTooLong')]
];

/** A validator's message in `lang`. */
export function issueWords(message: string, lang: Lang): string {
	for (const [pattern, words] of RULES) {
		const m = pattern.exec(message);
		if (m) return words(lang, m);
	}
	return message;
}
