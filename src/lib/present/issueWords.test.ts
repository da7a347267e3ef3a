import { describe, expect, it } from 'vitest';
import { issueWords } from './issueWords';
import { thingsToFix, validateStory } from '../data/validate';
import { LIMITS } from '../data/schema';

describe('issueWords', () => {
	it('says the mistakes a draft meets in the reader’s language', () => {
		expect(issueWords('expected a non-empty string, got ""', 'fr')).toBe(
			'À écrire, en anglais, en français ou les deux.'
		);
		expect(issueWords('missing (required)', 'en')).toBe('Required.');
		expect(issueWords('expected at least 2 entries, got 1', 'fr')).toBe('Il en faut au moins 2.');
		expect(issueWords('"x-1" is not a site, action or flow in data/sites.json, data/actions.json', 'en')).toBe(
			'“x-1” is not a record of the atlas.'
		);
	});

	it('matches the validator’s own wording, so a change there shows here', () => {
		const result = validateStory(
			JSON.stringify({ id: 'Bad Id', title: { en: '', fr: 'x' }, summary: { en: 'x', fr: 'x' }, slides: [] }),
			() => false
		);
		expect(result.ok).toBe(false);
		const words = result.ok ? [] : result.issues.map((i) => issueWords(i.message, 'en'));
		expect(words).toEqual([
			'Lower-case letters, digits and single hyphens only (for example my-story).',
			'Write this, in English, French or both.',
			'At least 2 needed.'
		]);
	});

	it('has words for every message a story can meet, in both languages', () => {
		const known = new Set(['us-clean-cloud', 'aws', 'US']);
		const good = {
			date: '2020-08',
			focus: { region: 'europe' },
			highlight: [],
			layers: ['sites'],
			title: { en: 'T', fr: 'T' },
			text: { en: 'T', fr: 'T' },
			notes: { en: 'T', fr: 'T' },
			cites: ['us-clean-cloud']
		};
		const story = (slide: unknown, extra: object = {}) => ({
			id: 'a-story',
			title: { en: 'T', fr: 'T' },
			summary: { en: 'T', fr: 'T' },
			slides: [good, slide],
			...extra
		});
		const broken: unknown[] = [
			story({ ...good, title: { en: 3, fr: '' } }),
			story({ ...good, title: { en: 'x'.repeat(5000), fr: 'x' } }),
			story({ ...good, cites: 'us-clean-cloud' }),
			story({ ...good, cites: [7, 'nobody'] }),
			story({ ...good, highlight: Array(2000).fill('us-clean-cloud') }),
			story({ ...good, layers: ['sites', 'sites', 'weather'] }),
			story({ ...good, focus: { region: 'mars' } }),
			story({ ...good, focus: { bbox: [10, 0, 5, 0] } }),
			story({ ...good, focus: { bbox: [200, 0, 5, 1] } }),
			story({ ...good, focus: { bbox: 'x' } }),
			story({ ...good, focus: 'europe' }),
			story({ ...good, date: '2020-13' }),
			story({ ...good, date: undefined, from: '2020' }),
			story({ ...good, from: '2020', to: '2021' }),
			story({ ...good, layers: ['sites', 'sites'] }),
			story({ ...good, date: undefined }),
			story({ ...good, date: undefined, from: '2021', to: '2020' }),
			story({ ...good, filters: { providers: ['nobody'], kinds: ['war'], jurisdictions: ['XX'], home: ['usa'] } }),
			story({ ...good, filters: { providers: [] } }),
			story({ ...good, filters: { colour: ['red'] } }),
			story({ ...good, notes: undefined, extra: 1 }),
			story('a slide', { id: 'Not An Id' }),
			[story(good)],
			{ ...story(good), slides: 'none' }
		];
		const messages = new Set<string>();
		for (const text of [...broken.map((value) => JSON.stringify(value)), 'x'.repeat(LIMITS.total + 1)]) {
			const result = validateStory(text, (_kind, id) => known.has(id));
			expect(result.ok, text.slice(0, 200)).toBe(false);
			if (!result.ok) for (const issue of result.issues) messages.add(issue.message);
		}
		expect(messages.size).toBeGreaterThan(30);
		for (const message of messages)
			for (const lang of ['en', 'fr'] as const) expect(issueWords(message, lang), message).not.toBe(message);
	});

	it('names the values the message names, as text', () => {
		expect(issueWords('"2021" is not after from "2022-01"', 'fr')).toBe(
			'La fin (2021) doit venir après le début (2022-01).'
		);
		expect(issueWords('"nobody" is not a provider in data/providers.json', 'en')).toBe(
			'“nobody” is not a provider of the atlas.'
		);
		expect(issueWords('west 10 is not less than east 5', 'en')).toBe(
			'The west edge (10) must be less than the east edge (5).'
		);
	});

	it('counts a text empty in both languages as one thing to fix, as the builder and the slides both say', () => {
		const issues = [
			{ path: '.title.en', message: 'expected a non-empty string, got ""' },
			{ path: '.title.fr', message: 'expected a non-empty string, got ""' },
			{ path: '.slides', message: 'expected at least 2 entries, got 1' }
		];
		expect(thingsToFix(issues)).toBe(2);
	});

	it('leaves a message it has no words for as the validator wrote it', () => {
		expect(issueWords('a rule not worded yet', 'fr')).toBe('a rule not worded yet');
	});
});
