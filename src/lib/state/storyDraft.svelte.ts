/**
 * A story being built in the browser: the story (in data/stories.json's format), an undo
 * history, and what the dataset's validator says of it, issue by field. The page keeps it in
 * the browser's storage; see src/lib/present/draft.ts for reading, packing and making slides.
 */
import type { Slide, Story } from '$lib/data/types';
import type { RefKind } from '$lib/data/schema';
import { validateStory, type StoryIssue } from '$lib/data/validate';
import { completeStory, newStory } from '$lib/present/draft';

/** A plain copy of a story or a slide (JSON, as it is stored), out of the state's proxies. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** How many steps Undo goes back at most. */
const UNDO_STEPS = 100;

export class StoryDraft {
	story = $state<Story>(newStory());
	#history = $state<string[]>([]);
	readonly #isKnown: (kind: RefKind, id: string) => boolean;

	constructor(isKnown: (kind: RefKind, id: string) => boolean, story?: Story) {
		this.#isKnown = isKnown;
		if (story) this.story = story;
	}

	/** The story as it is saved and presented: a text written in one language given to both. */
	get complete(): Story {
		return completeStory(plain(this.story));
	}

	/** What the validator of data/stories.json says of the complete story (none: ready). */
	issues: StoryIssue[] = $derived.by(() => {
		const result = validateStory(JSON.stringify(this.complete), this.#isKnown);
		return result.ok ? [] : result.issues;
	});

	/** The issues about one field (`.slides[0].title`: its own and its parts', `.en` and `.fr`). */
	issuesAt(path: string): string[] {
		return this.issues
			.filter((i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`))
			.map((i) => i.message);
	}

	get canUndo(): boolean {
		return this.#history.length > 0;
	}

	/** Remembers the story as it is, before an edit (once per edit: repeats are not kept). */
	checkpoint() {
		const now = JSON.stringify(this.story);
		if (this.#history.at(-1) !== now) this.#history = [...this.#history.slice(-(UNDO_STEPS - 1)), now];
	}

	/** Goes back to the story as it was before the last edit. */
	undo() {
		const now = JSON.stringify(this.story);
		let history = [...this.#history];
		while (history.length && history.at(-1) === now) history = history.slice(0, -1);
		const previous = history.pop();
		this.#history = history;
		if (previous) this.story = JSON.parse(previous) as Story;
	}

	/** An edit that can be undone. */
	change(edit: (story: Story) => void) {
		this.checkpoint();
		edit(this.story);
	}

	replace(story: Story) {
		this.change((s) => Object.assign(s, story));
	}

	add(slide: Slide) {
		this.change((s) => s.slides.push(slide));
	}

	move(index: number, by: -1 | 1) {
		const to = index + by;
		if (to < 0 || to >= this.story.slides.length) return;
		this.change((s) => {
			const [slide] = s.slides.splice(index, 1);
			s.slides.splice(to, 0, slide);
		});
	}

	duplicate(index: number) {
		this.change((s) => s.slides.splice(index + 1, 0, plain(s.slides[index])));
	}

	remove(index: number) {
		this.change((s) => s.slides.splice(index, 1));
	}
}
