import { describe, expect, it } from 'vitest';
import { dayOf, isoOfDay } from './partialDate';
import {
	STORY_SPAN,
	clampDay,
	dayAtFraction,
	nextEventDay,
	playStart,
	playStep,
	previousEventDay,
	spanFraction,
	stepMonths
} from './timeline';

const d = dayOf;
const iso = isoOfDay;
const MILESTONES = [d('2015-03'), d('2020-08-05'), d('2022-01-18')];

describe('stepMonths', () => {
	it.each([
		['2020-08-05', 1, '2020-09-05'],
		['2020-08-05', -1, '2020-07-05'],
		['2020-08-05', 12, '2021-08-05'],
		['2020-08-05', -12, '2019-08-05'],
		['2015-01-15', -1, '2015-01-01'],
		['2022-12-10', 1, '2022-12-31'],
		['2022-06-01', 12, '2022-12-31']
	])('%s moved %i months is %s within the story span', (from, months, to) => {
		expect(iso(stepMonths(d(from), months, STORY_SPAN))).toBe(to);
	});
});

describe('previous and next event', () => {
	const days = [d('2015-03'), d('2016-11'), d('2018-03-23'), d('2020-08-05')];
	it.each([
		['2014-01-01', null, '2015-03-01'],
		['2015-03-01', null, '2016-11-01'],
		['2017-01-01', '2016-11-01', '2018-03-23'],
		['2018-03-23', '2016-11-01', '2020-08-05'],
		['2020-08-05', '2018-03-23', null],
		['2021-01-01', '2020-08-05', null]
	])('around %s: previous %s, next %s', (t, previous, next) => {
		const p = previousEventDay(d(t), days);
		const n = nextEventDay(d(t), days);
		expect(p === null ? null : iso(p)).toBe(previous);
		expect(n === null ? null : iso(n)).toBe(next);
	});

	it('finds nothing in an empty list', () => {
		expect(nextEventDay(0, [])).toBeNull();
		expect(previousEventDay(0, [])).toBeNull();
	});
});

describe('play', () => {
	it('steps a month at a time and lands on a milestone it passes', () => {
		expect(playStep(d('2020-06-20'), STORY_SPAN, MILESTONES)).toEqual({
			t: d('2020-07-20'),
			milestone: false,
			done: false
		});
		expect(playStep(d('2020-07-20'), STORY_SPAN, MILESTONES)).toEqual({
			t: d('2020-08-05'),
			milestone: true,
			done: false
		});
		expect(playStep(d('2020-08-05'), STORY_SPAN, MILESTONES)).toEqual({
			t: d('2020-09-05'),
			milestone: false,
			done: false
		});
	});

	it('plays the whole story span in a countable number of steps, pausing at every milestone', () => {
		let t = playStart(d('2022-12-31'), STORY_SPAN);
		expect(iso(t)).toBe('2015-01-01');
		const paused: string[] = [];
		let steps = 0;
		for (;;) {
			const step = playStep(t, STORY_SPAN, MILESTONES);
			steps++;
			t = step.t;
			if (step.milestone) paused.push(iso(t));
			if (step.done) break;
		}
		expect(paused).toEqual(['2015-03-01', '2020-08-05', '2022-01-18']);
		expect(iso(t)).toBe('2022-12-31');
		// 96 monthly steps from 2015-01-01 to 2022-12-01, two extra landings (2020-08-05 and
		// 2022-01-18; 2015-03-01 falls on a month step), and the last step to 2022-12-31.
		expect(steps).toBe(96 + 2 + 1 - 1);
	});
});

describe('span helpers', () => {
	it('clamps a day', () => {
		expect(iso(clampDay(d('2010-01-01'), STORY_SPAN))).toBe('2015-01-01');
		expect(iso(clampDay(d('2030-01-01'), STORY_SPAN))).toBe('2022-12-31');
	});

	it('maps a fraction to a day and back', () => {
		expect(dayAtFraction(0, STORY_SPAN)).toBe(STORY_SPAN.start);
		expect(dayAtFraction(1, STORY_SPAN)).toBe(STORY_SPAN.end);
		expect(dayAtFraction(Number.NaN, STORY_SPAN)).toBe(STORY_SPAN.start);
		expect(spanFraction(dayAtFraction(0.5, STORY_SPAN), STORY_SPAN)).toBeCloseTo(0.5, 3);
	});
});
