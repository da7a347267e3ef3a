import { describe, expect, it } from 'vitest';
import {
	LinkError,
	MAX_STORY_CHARS,
	boxOfView,
	completeStory,
	hasContent,
	newStory,
	packStory,
	packedOf,
	readDraft,
	addViewToDraft,
	DRAFT_KEY,
	slideOfView,
	unpackStory
} from './draft';
import { focusOfBox } from '../geo/regions';
import { dayOf } from '../time/partialDate';
import type { Story } from '../data/types';

const PARAMS = {
	scale: 180.72423394560667,
	translate: [480, 235.9225591310207] as [number, number],
	width: 960,
	height: 422
};
const RECORDS = new Set(['us-clean-cloud', 'aws-us-east-1']);
const view = {
	date: dayOf('2020-08-05'),
	compare: null,
	focus: null,
	region: null,
	layers: ['sites', 'actions'] as ('sites' | 'actions')[],
	selected: 'us-clean-cloud',
	filters: { providers: [], kinds: [], jurisdictions: [], home: [] }
};

describe('slideOfView', () => {
	it('takes the date, the layers and the selection, picked out and cited when it is a record', () => {
		const slide = slideOfView(view, PARAMS, RECORDS);
		expect(slide.date).toBe('2020-08-05');
		expect(slide.layers).toEqual(['sites', 'actions']);
		expect(slide.highlight).toEqual(['us-clean-cloud']);
		expect(slide.cites).toEqual(['us-clean-cloud']);
		expect(slide.title).toEqual({ en: '', fr: '' });
	});

	it('keeps the filters that narrow the view, and no filters field when none does', () => {
		expect(slideOfView(view, PARAMS, RECORDS)).not.toHaveProperty('filters');
		const filters = { providers: ['aws', 'azure'], kinds: [], jurisdictions: ['US'], home: [] };
		const slide = slideOfView({ ...view, filters }, PARAMS, RECORDS);
		expect(slide.filters).toEqual({ providers: ['aws', 'azure'], jurisdictions: ['US'] });
		// A copy: changing the slide leaves the view as it was.
		slide.filters!.providers!.push('gcp');
		expect(filters.providers).toEqual(['aws', 'azure']);
	});

	it('neither picks out nor cites a place (a marker group) or nothing', () => {
		expect(slideOfView({ ...view, selected: 'place-ashburn' }, PARAMS, RECORDS).cites).toEqual([]);
		expect(slideOfView({ ...view, selected: null }, PARAMS, RECORDS).highlight).toEqual([]);
	});

	it('keeps compared dates as a from/to pair, and a named region by name', () => {
		const slide = slideOfView(
			{ ...view, compare: { from: dayOf('2015-03-01'), to: dayOf('2022-01-18') }, region: 'europe' },
			PARAMS,
			RECORDS
		);
		expect(slide).toMatchObject({ from: '2015-03-01', to: '2022-01-18', focus: { region: 'europe' } });
		expect(slide.date).toBeUndefined();
	});

	it('turns a zoom into a box that zooms back to about the same place', () => {
		const europe = focusOfBox([-12, 34, 32, 62], PARAMS)!;
		const slide = slideOfView({ ...view, focus: europe }, PARAMS, RECORDS);
		const box = 'bbox' in slide.focus ? slide.focus.bbox : null;
		expect(box).not.toBeNull();
		const back = focusOfBox(box!, PARAMS)!;
		expect(back.k / europe.k).toBeGreaterThan(0.9);
		expect(back.k / europe.k).toBeLessThan(1.1);
		expect(Math.abs(back.center[0] - europe.center[0])).toBeLessThan(1);
		expect(Math.abs(back.center[1] - europe.center[1])).toBeLessThan(1);
	});

	it('gives the whole map as a box within the world', () => {
		const [w, s, e, n] = boxOfView(1, 480, 211, PARAMS);
		expect(w).toBeGreaterThanOrEqual(-180);
		expect(e).toBeLessThanOrEqual(180);
		expect(s).toBeGreaterThanOrEqual(-90);
		expect(n).toBeLessThanOrEqual(90);
		expect(e - w).toBeGreaterThan(300);
	});
});

describe('completeStory', () => {
	it('gives a text written in one language to the other, and leaves both-language texts alone', () => {
		const story: Story = {
			...newStory(),
			title: { en: 'Clouds', fr: '' },
			summary: { en: 'A', fr: 'B' },
			slides: [{ ...slideOfView(view, PARAMS, RECORDS), text: { en: '', fr: 'Nuages' } }]
		};
		const done = completeStory(story);
		expect(done.title).toEqual({ en: 'Clouds', fr: 'Clouds' });
		expect(done.summary).toEqual({ en: 'A', fr: 'B' });
		expect(done.slides[0].text).toEqual({ en: 'Nuages', fr: 'Nuages' });
	});

	it('leaves out speaker notes written in neither language (they are optional)', () => {
		const slide = slideOfView(view, PARAMS, RECORDS);
		const story = { ...newStory(), slides: [slide, { ...slide, notes: { en: ' ', fr: 'Dire ceci' } }] };
		const done = completeStory(story);
		expect(done.slides[0]).not.toHaveProperty('notes');
		expect(done.slides[1].notes).toEqual({ en: 'Dire ceci', fr: 'Dire ceci' });
	});
});

describe('hasContent', () => {
	it('is true of a draft with a slide or a word in its title or summary, false of a new one', () => {
		expect(hasContent(newStory())).toBe(false);
		expect(hasContent({ ...newStory(), summary: { en: '', fr: 'Un mot' } })).toBe(true);
		expect(hasContent({ ...newStory(), slides: [slideOfView(view, PARAMS, RECORDS)] })).toBe(true);
	});
});

describe('packStory and unpackStory', () => {
	it('round-trips a story through a link, in a fragment-safe alphabet', async () => {
		const story: Story = { ...newStory(), title: { en: 'Données « ici »', fr: '雲' } };
		const packed = await packStory(story);
		expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(JSON.parse(await unpackStory(packed))).toEqual(story);
		expect(packedOf(`#story=${packed}`)).toBe(packed);
		expect(packedOf('#other=1')).toBeNull();
	});

	it('rejects what is not a packed story with a LinkError, never another error', async () => {
		for (const bad of ['', 'not base64!', '<script>alert(1)</script>', 'AAAA', btoa('plain text')])
			await expect(unpackStory(bad)).rejects.toBeInstanceOf(LinkError);
	});

	it('stops a link that unpacks past the limit (a zip bomb)', async () => {
		const huge = { ...newStory(), summary: { en: 'x'.repeat(MAX_STORY_CHARS + 10), fr: '' } };
		await expect(unpackStory(await packStory(huge))).rejects.toThrow('tooLong');
	});
});

describe('readDraft', () => {
	it('reads a story, or data/stories.json holding one, keeping only a story’s fields', () => {
		const story = { ...newStory(), slides: [slideOfView(view, PARAMS, RECORDS)] };
		expect(readDraft(JSON.stringify(story))).toEqual({ story });
		expect(readDraft(JSON.stringify([story]))).toEqual({ story });
		const extra = { ...story, evil: '<img onerror=alert(1)>', slides: [{ ...story.slides[0], onclick: 'x' }] };
		expect(readDraft(JSON.stringify(extra))).toEqual({ story });
	});

	it('keeps a slide’s filters, each list of strings, for the validator to check', () => {
		const slide = {
			...slideOfView(view, PARAMS, RECORDS),
			filters: { providers: ['aws', 3], kinds: 'x', evil: ['y'] }
		};
		const read = readDraft(JSON.stringify({ ...newStory(), slides: [slide] }));
		expect(read).toMatchObject({ story: { slides: [{ filters: { providers: ['aws'], kinds: [] } }] } });
		expect('story' in read && read.story.slides[0].filters).not.toHaveProperty('evil');
	});

	it('leaves a field of the wrong type empty, for the validator to name', () => {
		const read = readDraft(JSON.stringify({ id: 7, title: 'x', slides: [{ title: { en: 3 }, cites: [1, 'a'] }] }));
		expect(read).toMatchObject({
			story: {
				id: '',
				title: { en: '', fr: '' },
				slides: [{ title: { en: '', fr: '' }, cites: ['a'], focus: { region: 'world' }, layers: [] }]
			}
		});
	});

	it('says why something is no story', () => {
		expect(readDraft('{')).toEqual({ reason: 'notJson' });
		expect(readDraft('{"slides": 3}')).toEqual({ reason: 'noSlides' });
		expect(readDraft('[1, 2]')).toEqual({ reason: 'noSlides' });
		expect(readDraft(JSON.stringify({ slides: Array(201).fill({}) }))).toEqual({ reason: 'tooManySlides' });
	});
});

describe('addViewToDraft', () => {
	const model = { params: PARAMS, sites: [{ id: 'aws-us-east-1' }], actions: [{ id: 'us-clean-cloud' }], flows: [] };
	const storage = () => {
		const items = new Map<string, string>();
		return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
	};

	it('starts a draft, then adds each view as the next slide', () => {
		const store = storage();
		expect(addViewToDraft(view, model as never, store)).toBe(1);
		expect(addViewToDraft({ ...view, selected: 'aws-us-east-1' }, model as never, store)).toBe(2);
		const story = JSON.parse(store.getItem(DRAFT_KEY)!);
		expect(story.slides.map((s: { cites: string[] }) => s.cites)).toEqual([['us-clean-cloud'], ['aws-us-east-1']]);
	});

	it('starts afresh over something stored that is no story', () => {
		const store = storage();
		store.setItem(DRAFT_KEY, '{"garbled');
		expect(addViewToDraft(view, model as never, store)).toBe(1);
	});
});
