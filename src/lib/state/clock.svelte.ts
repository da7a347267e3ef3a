/**
 * The view's timeline: its span (the story's, or the whole dataset's) and the commands that move
 * the date, keep it inside the span, and set or clear a comparison of two dates.
 */
import { STORY_SPAN, clampDay, stepMonths, nextEventDay, previousEventDay, type Span } from '$lib/time/timeline';
import type { SpanChoice } from '$lib/url/viewState';
import type { ExplorerState } from './explorer.svelte';

export class Clock {
	readonly #view: ExplorerState;

	constructor(view: ExplorerState) {
		this.#view = view;
	}

	/** The timeline's span: the story's, or the whole dataset's; widened when the date lies outside. */
	span: Span = $derived.by(() => {
		if (this.#view.spanChoice === 'full') return this.#view.index.fullSpan;
		return this.#view.date < STORY_SPAN.start || this.#view.date > STORY_SPAN.end
			? this.#view.index.fullSpan
			: STORY_SPAN;
	});

	/** Compares two dates: the map shows the later and what changed since the earlier. */
	setCompare(from: number, to: number) {
		const [a, b] = from <= to ? [from, to] : [to, from];
		this.#view.compare = { from: a, to: b };
		if (a < STORY_SPAN.start || b > STORY_SPAN.end) this.#view.spanChoice = 'full';
		this.#view.date = b;
	}

	clearCompare() {
		this.#view.compare = null;
	}

	/** Sets the date, kept inside the current span. */
	setDate(t: number) {
		this.#view.date = clampDay(Math.round(t), this.span);
	}

	stepMonths(months: number) {
		this.#view.date = stepMonths(this.#view.date, months, this.span);
	}

	toStart() {
		this.#view.date = this.span.start;
	}

	toEnd() {
		this.#view.date = this.span.end;
	}

	nextEvent() {
		const t = nextEventDay(this.#view.date, this.#view.model.eventDays);
		if (t !== null) this.#view.date = clampDay(t, this.span);
	}

	previousEvent() {
		const t = previousEventDay(this.#view.date, this.#view.model.eventDays);
		if (t !== null) this.#view.date = clampDay(t, this.span);
	}

	setSpan(choice: SpanChoice) {
		this.#view.spanChoice = choice;
		this.#view.date = clampDay(this.#view.date, choice === 'full' ? this.#view.index.fullSpan : STORY_SPAN);
	}
}
