import { loadStory, storyEntries } from '$lib/server/storyLoad';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = storyEntries;
export const load: PageServerLoad = ({ params }) => {
	const { lang, story } = loadStory(params);
	return { lang, story };
};
