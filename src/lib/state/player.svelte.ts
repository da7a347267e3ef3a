/**
 * Play: the view's date advancing a month per tick, pausing at the story's milestones (and
 * saying which) unless asked to run straight through. The timeline drives the ticks.
 */
import { playStart, playStep } from '$lib/time/timeline';
import { MILESTONE_DAYS } from '$lib/time/milestones';
import type { ExplorerState } from './explorer.svelte';

export class Player {
	readonly #view: ExplorerState;
	playing = $state(false);
	/** Whether play runs straight through, without pausing at the milestones. */
	through = $state(false);
	/** The milestone's day play last paused at (null once play resumes or the reader stops it). */
	pausedAt = $state<number | null>(null);

	constructor(view: ExplorerState) {
		this.#view = view;
	}

	/** Begins playing from the current date (from the start when at the end). */
	start() {
		this.#view.date = playStart(this.#view.date, this.#view.clock.span);
		this.pausedAt = null;
		this.playing = true;
	}

	stop() {
		this.playing = false;
		this.pausedAt = null;
	}

	/** One tick: stops at the end, and at a milestone unless playing straight through. */
	tick() {
		if (!this.playing) return;
		const view = this.#view;
		const step = playStep(view.date, view.clock.span, this.through ? [] : MILESTONE_DAYS);
		view.date = step.t;
		if (step.milestone) this.pausedAt = step.t;
		if (step.milestone || step.done) this.playing = false;
	}
}
