import { describe, expect, it } from 'vitest';
import { StoryDraft } from './storyDraft.svelte';
import { newStory, slideOfView } from '$lib/present/draft';
import { dayOf } from '$lib/time/partialDate';
import { defaultViewState } from '$lib/url/viewState';

const PARAMS = { scale: 180.7, translate: [480, 236] as [number, number], width: 960, height: 422 };
const known = new Set(['us-clean-cloud', 'aws-us-east-1']);
const isKnown = (_kind: string, id: string) => known.has(id);
const slide = (selected: string) =>
	slideOfView(
		{ ...defaultViewState(), date: dayOf('2020-08-05'), region: 'europe', layers: ['sites'], selected },
		PARAMS,
		known
	);

describe('StoryDraft', () => {
	it('names each mistake at its field, and none once the story is whole', () => {
		const draft = new StoryDraft(isKnown);
		draft.add(slide('us-clean-cloud'));
		expect(draft.issuesAt('.title')).toEqual([
			'expected a non-empty string, got ""',
			'expected a non-empty string, got ""'
		]);
		expect(draft.issuesAt('.slides[0].text')).toHaveLength(2);
		draft.story.title.en = 'Clouds';
		draft.story.summary.fr = 'Des nuages';
		const fill = () => {
			for (const s of draft.story.slides) {
				s.title.en = 'A title';
				s.text.fr = 'Un texte';
				s.notes!.en = 'Notes';
			}
		};
		fill();
		// Written in one language each, the texts are whole; one slide is too few for a story.
		expect(draft.issuesAt('.title')).toEqual([]);
		expect(draft.issuesAt('.slides')).toEqual([expect.stringMatching(/at least 2/)]);
		draft.add(slide('aws-us-east-1'));
		fill();
		expect(draft.issues).toEqual([]);
		// A cited id the dataset does not know is named at the slide's cites.
		draft.story.slides[1].cites = ['no-such-record'];
		expect(draft.issuesAt('.slides[1].cites')).toEqual([expect.stringContaining('"no-such-record"')]);
		expect(draft.issuesAt('.slides[0].cites')).toEqual([]);
	});

	it('moves, duplicates and deletes slides, and undoes each step', () => {
		const draft = new StoryDraft(isKnown, newStory());
		draft.add(slide('us-clean-cloud'));
		draft.add(slide('aws-us-east-1'));
		const ids = () => draft.story.slides.map((s) => s.highlight[0]);
		draft.move(0, 1);
		expect(ids()).toEqual(['aws-us-east-1', 'us-clean-cloud']);
		draft.move(1, 1); // past the end: nothing
		expect(ids()).toEqual(['aws-us-east-1', 'us-clean-cloud']);
		draft.duplicate(0);
		expect(ids()).toEqual(['aws-us-east-1', 'aws-us-east-1', 'us-clean-cloud']);
		draft.story.slides[1].title.en = 'changed';
		expect(draft.story.slides[0].title.en).toBe('');
		draft.remove(2);
		expect(ids()).toEqual(['aws-us-east-1', 'aws-us-east-1']);
		draft.undo();
		expect(ids()).toEqual(['aws-us-east-1', 'aws-us-east-1', 'us-clean-cloud']);
		draft.undo();
		expect(ids()).toEqual(['aws-us-east-1', 'us-clean-cloud']);
		draft.undo();
		expect(ids()).toEqual(['us-clean-cloud', 'aws-us-east-1']);
		draft.undo();
		draft.undo();
		expect(ids()).toEqual([]);
		expect(draft.canUndo).toBe(false);
	});

	it('undoes typing in one step per field edited (a checkpoint before it)', () => {
		const draft = new StoryDraft(isKnown);
		draft.checkpoint();
		draft.story.title.en = 'C';
		draft.story.title.en = 'Cl';
		draft.checkpoint();
		draft.story.summary.en = 'S';
		draft.undo();
		expect(draft.story.summary.en).toBe('');
		expect(draft.story.title.en).toBe('Cl');
		draft.undo();
		expect(draft.story.title.en).toBe('');
	});
});
