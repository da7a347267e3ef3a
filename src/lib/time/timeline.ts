/**
 * The headless timeline controller: spans, keyboard steps, previous/next event, and the
 * play loop, as pure functions of day numbers. The slider component only renders and
 * forwards keys; a test can count every step of a play-through.
 */
import { addMonths, dayOf } from './partialDate';
import { countAtOrBefore, countBefore } from './sorted';

/** A closed interval of day numbers. */
export interface Span {
	start: number;
	end: number;
}

/** The story's default span: January 2015 to December 2022. */
export const STORY_SPAN: Span = { start: dayOf('2015-01-01'), end: dayOf('2022-12-31') };

/** Keeps `t` inside `span`. */
export function clampDay(t: number, span: Span): number {
	return Math.min(span.end, Math.max(span.start, t));
}

/** Moves `t` by whole months (arrows: ±1, Page Up/Down: ±12), clamped to the span. */
export function stepMonths(t: number, months: number, span: Span): number {
	return clampDay(addMonths(t, months), span);
}

/** The first event day after `t`, or null when there is none. `days` is ascending. */
export function nextEventDay(t: number, days: ArrayLike<number>): number | null {
	const i = countAtOrBefore(days, t);
	return i < days.length ? days[i] : null;
}

/** The last event day before `t`, or null when there is none. `days` is ascending. */
export function previousEventDay(t: number, days: ArrayLike<number>): number | null {
	const i = countBefore(days, t);
	return i > 0 ? days[i - 1] : null;
}

/** One tick of the play loop. */
export interface PlayStep {
	t: number;
	/** The step landed on a milestone: playing pauses there. */
	milestone: boolean;
	/** The step reached the end of the span: playing stops. */
	done: boolean;
}

/**
 * Advances play by one month, landing exactly on any milestone passed on the way.
 * @example playStep(dayOf('2020-07-20'), STORY_SPAN, [dayOf('2020-08-05')]) // lands on 2020-08-05
 */
export function playStep(t: number, span: Span, milestones: ArrayLike<number>): PlayStep {
	const next = addMonths(t, 1);
	const milestone = nextEventDay(t, milestones);
	if (milestone !== null && milestone <= next && milestone <= span.end) {
		return { t: milestone, milestone: true, done: milestone >= span.end };
	}
	if (next >= span.end) return { t: span.end, milestone: false, done: true };
	return { t: next, milestone: false, done: false };
}

/** Where play starts from `t`: at the beginning again when `t` is at the end of the span. */
export function playStart(t: number, span: Span): number {
	return t >= span.end ? span.start : clampDay(t, span);
}

/** A position along the span between 0 and 1, for drawing. */
export function spanFraction(t: number, span: Span): number {
	if (span.end <= span.start) return 0;
	return (clampDay(t, span) - span.start) / (span.end - span.start);
}

/** The day at a position between 0 and 1 along the span (pointer on the track). */
export function dayAtFraction(fraction: number, span: Span): number {
	const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
	return Math.round(span.start + f * (span.end - span.start));
}
