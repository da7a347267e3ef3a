import { loadStory, storyEntries } from '$lib/server/storyLoad';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = storyEntries;
// The presenter window shows words and pictures, not the live map.
export const load: PageServerLoad = ({ params }) => {
	const { lang, story } = loadStory(params);
	return { lang, story };
};
