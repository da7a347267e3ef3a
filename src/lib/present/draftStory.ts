/**
 * The story a draft page shows (its slides, its handout): read from the link's fragment
 * (#story=…) or, without one, from the draft the story builder keeps; checked by the dataset's
 * validator; with the sources of the records it cites from /details/<lang>.json. A story that
 * cannot be read or does not pass is not shown: the page gets the reason, in its language.
 */
import type { MapModel, RecordDetails } from '../data/model';
import { thingsToFix, validateStory } from '../data/validate';
import { translate } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { DRAFT_KEY, LinkError, completeStory, knownIn, packedOf, readDraft, unpackStory } from './draft';
import { buildStoryView, type StoryView } from './storyView';

export async function draftStory(
	model: MapModel,
	lang: Lang,
	base: string
): Promise<{ story: StoryView } | { problem: string }> {
	const packed = packedOf(location.hash);
	let text: string | null;
	try {
		text = packed === null ? localStorage.getItem(DRAFT_KEY) : await unpackStory(packed);
	} catch (error) {
		const reason = translate(lang, `builder.reason.${error instanceof LinkError ? error.reason : 'damaged'}`);
		return { problem: translate(lang, 'builder.rejected', { source: translate(lang, 'builder.fromLink'), reason }) };
	}
	const read = text === null ? null : readDraft(text);
	if (!read || 'reason' in read) return { problem: translate(lang, 'builder.noDraft') };
	const checked = validateStory(JSON.stringify(completeStory(read.story)), knownIn(model));
	if (!checked.ok) return { problem: translate(lang, 'builder.notReady', { count: thingsToFix(checked.issues) }) };
	const response = await fetch(`${base}/details/${lang}.json`).catch(() => null);
	if (!response?.ok) return { problem: translate(lang, 'builder.loadFailed') };
	const details = (await response.json()) as Record<string, RecordDetails>;
	const sources = new Map(Object.entries(details).map(([id, d]) => [id, d.sources]));
	return { story: buildStoryView(checked.story, lang, model.params, sources) };
}
