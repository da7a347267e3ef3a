import { describe, expect, it } from 'vitest';
import { issueWords } from './issueWords';
import { validateStory } from '../data/validate';

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

	it('leaves any other message as the validator wrote it', () => {
		expect(issueWords('a layer is listed twice', 'fr')).toBe('a layer is listed twice');
	});
});
