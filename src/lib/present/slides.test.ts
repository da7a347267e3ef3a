import { describe, expect, it } from 'vitest';
import {
	easeInOut,
	findStory,
	slideBox,
	slideCitations,
	slideIndexOf,
	slideState,
	stepSlide,
	tweenView
} from './slides';
import { readPresentMessage } from './sync';
import { buildStoryView } from './storyView';
import { slideDate } from './words';
import { projectLonLat } from '../geo/lonLat';
import { focusOfBox } from '../geo/regions';
import { dayOf } from '../time/partialDate';
import type { Slide } from '../data/types';

// The build's fitted Equal Earth for a 960-wide frame (src/lib/geo/basemap.ts).
const PARAMS = { scale: 186.6, translate: [480, 249] as [number, number], width: 960, height: 498 };

const text = { en: 'x', fr: 'x' };
const slide = (extra: Partial<Slide>): Slide => ({
	date: '2015-03',
	focus: { region: 'world' },
	highlight: [],
	layers: ['sites'],
	title: text,
	text,
	notes: text,
	cites: ['a'],
	...extra
});

describe('slideState', () => {
	it('shows the slide date, its first highlight selected and its layers', () => {
		const state = slideState(
			slide({ highlight: ['alibaba-us-west-1', 'us-cloud-act'], layers: ['sites', 'reach'] }),
			PARAMS
		);
		expect(state.date).toBe(dayOf('2015-03-01'));
		expect(state.compare).toBeNull();
		expect(state.selected).toBe('alibaba-us-west-1');
		expect(state.layers).toEqual(['sites', 'reach']);
		expect(state.focus).toBeNull(); // the world is the unzoomed map
	});

	it('compares a from/to pair and shows the later date', () => {
		const state = slideState(slide({ date: undefined, from: '2015-03', to: '2022-01-18' }), PARAMS);
		expect(state.compare).toEqual({ from: dayOf('2015-03'), to: dayOf('2022-01-18') });
		expect(state.date).toBe(dayOf('2022-01-18'));
	});

	it('selects nothing when nothing is highlighted', () => {
		expect(slideState(slide({}), PARAMS).selected).toBeNull();
	});

	it('narrows the map by the slide’s filters, and by none without them', () => {
		expect(slideState(slide({}), PARAMS).filters).toEqual({ providers: [], kinds: [], jurisdictions: [], home: [] });
		const state = slideState(slide({ filters: { providers: ['aws'], kinds: ['warning'] } }), PARAMS);
		expect(state.filters).toEqual({ providers: ['aws'], kinds: ['warning'], jurisdictions: [], home: [] });
	});
});

describe('focusOfBox', () => {
	it.each([
		['europe', { region: 'europe' } as const],
		['east Asia', { region: 'east-asia' } as const],
		['a box around California', { bbox: [-125, 32, -114, 42] } as Slide['focus']]
	])('zooms in on %s and keeps the whole box in the frame', (_, focus) => {
		const box = slideBox({ focus });
		const result = focusOfBox(box, PARAMS)!;
		expect(result.k).toBeGreaterThan(1.5);
		// Every corner of the box lands inside the zoomed frame.
		const [cx, cy] = projectLonLat(result.center, PARAMS);
		for (const corner of [
			[box[0], box[1]],
			[box[2], box[3]],
			[box[0], box[3]],
			[box[2], box[1]]
		] as [number, number][]) {
			const [x, y] = projectLonLat(corner, PARAMS);
			expect(Math.abs(x - cx) * result.k).toBeLessThanOrEqual(PARAMS.width / 2 + 0.5);
			expect(Math.abs(y - cy) * result.k).toBeLessThanOrEqual(PARAMS.height / 2 + 0.5);
		}
	});

	it('centres a box on its middle', () => {
		const { center } = focusOfBox([-12, 34, 32, 62], PARAMS)!;
		// Equal Earth bends the box, so its projected middle sits a little east of 10°E.
		expect(center[0]).toBeGreaterThan(8);
		expect(center[0]).toBeLessThan(13);
		expect(center[1]).toBeGreaterThan(44);
		expect(center[1]).toBeLessThan(52);
	});

	it('does not zoom for the whole world', () => {
		expect(focusOfBox([-180, -60, 180, 85], PARAMS)).toBeNull();
	});

	it('caps the zoom for a tiny box', () => {
		expect(focusOfBox([2.3, 48.8, 2.31, 48.81], PARAMS)!.k).toBe(16);
	});
});

describe('slideIndexOf', () => {
	it.each([
		[null, 0],
		['1', 0],
		['3', 2],
		['5', 4],
		['6', 0],
		['0', 0],
		['-2', 0],
		['2.5', 0],
		['abc', 0],
		['<script>', 0],
		['9'.repeat(10000), 0],
		[' 2', 0]
	])('?slide=%s opens slide index %i of 5', (value, index) => {
		expect(slideIndexOf(value, 5)).toBe(index);
	});
});

describe('stepSlide', () => {
	it.each([
		[0, 1, false, 1],
		[4, 1, false, 4],
		[0, -1, false, 0],
		[4, 1, true, 0],
		[0, -1, true, 4],
		[2, -10, false, 0]
	])('from %i by %i (loop %s) goes to %i', (index, by, loop, next) => {
		expect(stepSlide(index, by, 5, loop)).toBe(next);
	});
});

describe('citations and stories', () => {
	it('lists each cited id once, in order', () => {
		expect(slideCitations({ cites: ['b', 'a', 'b'] })).toEqual(['b', 'a']);
	});
	it('finds a story by id only', () => {
		const stories = [{ id: 's', title: text, summary: text, slides: [] }];
		expect(findStory(stories, 's')?.id).toBe('s');
		expect(findStory(stories, '__proto__')).toBeNull();
		expect(findStory(stories, 'constructor')).toBeNull();
	});
});

describe('readPresentMessage', () => {
	it.each<[string, unknown, unknown]>([
		['a slide', { type: 'slide', story: 's', index: 2 }, { type: 'slide', story: 's', index: 2 }],
		['a hello', { type: 'hello', story: 's' }, { type: 'hello', story: 's' }],
		['blank on', { type: 'blank', story: 's', on: true }, { type: 'blank', story: 's', on: true }],
		['another story', { type: 'slide', story: 't', index: 2 }, null],
		['a slide past the end', { type: 'slide', story: 's', index: 5 }, null],
		['a negative slide', { type: 'slide', story: 's', index: -1 }, null],
		['a fractional slide', { type: 'slide', story: 's', index: 1.5 }, null],
		['a string index', { type: 'slide', story: 's', index: '2' }, null],
		['extra fields', { type: 'slide', story: 's', index: 2, html: '<img onerror=alert(1)>' }, null],
		['markup', '<script>alert(1)</script>', null],
		['null', null, null],
		['an array', [1, 2], null],
		['an unknown type', { type: 'eval', story: 's' }, null],
		['blank not boolean', { type: 'blank', story: 's', on: 'yes' }, null]
	])('reads %s', (_, data, expected) => {
		expect(readPresentMessage(data, 's', 5)).toEqual(expected);
	});
});

describe('buildStoryView', () => {
	const source = (url: string) => ({ url, title: 'T', publisher: 'P', date: '2020' });
	const sources = new Map([
		['a', [source('https://a.example/1'), source('https://shared.example/')]],
		['b', [source('https://shared.example/'), source('https://b.example/2')]]
	]);
	const story = {
		id: 's',
		title: { en: 'Story', fr: 'Histoire' },
		summary: { en: 'Sum', fr: 'Résumé' },
		slides: [slide({ cites: ['a', 'b', 'a'], highlight: ['a'] }), slide({ date: undefined, from: '2015', to: '2016' })]
	};

	it('gives each slide its words in the language, its view and its sources once each', () => {
		const view = buildStoryView(story, 'fr', PARAMS, sources);
		expect(view.title).toBe('Histoire');
		expect(view.slides[0].sources.map((s) => s.url)).toEqual([
			'https://a.example/1',
			'https://shared.example/',
			'https://b.example/2'
		]);
		expect(view.slides[0].state.selected).toBe('a');
		expect(view.slides.map((s) => [s.date, s.pair])).toEqual([
			['2015-03', null],
			[null, { from: '2015', to: '2016' }]
		]);
	});
});

describe('tweenView', () => {
	const a = { k: 1, x: 480, y: 250, date: 100 };
	const b = { k: 4, x: 200, y: 150, date: 300 };
	it('starts at the first view and ends at the second', () => {
		expect(tweenView(a, b, 0)).toEqual(a);
		expect(tweenView(a, b, 1)).toEqual(b);
		expect(tweenView(a, b, 7)).toEqual(b);
	});
	it('zooms evenly on a log scale: half way from 1× to 4× is 2×', () => {
		const mid = tweenView(a, b, 0.5);
		expect(mid.k).toBeCloseTo(2, 6);
		expect(mid.x).toBe(340);
		expect(mid.date).toBe(200);
	});
	it('eases: slow at both ends', () => {
		expect(easeInOut(0.1)).toBeLessThan(0.1);
		expect(easeInOut(0.9)).toBeGreaterThan(0.9);
	});
});

describe('slideDate', () => {
	it.each([
		[{ date: '2015-03', pair: null }, 'en', 'March 2015'],
		[{ date: '2020-08-05', pair: null }, 'fr', '5 août 2020'],
		[
			{ date: null, pair: { from: '2015-03', to: '2022-01-18' } },
			'en',
			'What changed from March 2015 to 18 January 2022'
		],
		[
			{ date: null, pair: { from: '2020-07-16', to: '2023-07-01' } },
			'fr',
			'Ce qui a changé du 16 juillet 2020 au 1er juillet 2023'
		]
	] as const)('%o in %s', (slide, lang, words) => {
		expect(slideDate(slide, lang)).toBe(words);
	});
});
