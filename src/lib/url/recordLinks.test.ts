import { describe, expect, it } from 'vitest';
import { eventPath, explorerPath } from './recordLinks';

describe('eventPath', () => {
	it.each([
		['us-clean-cloud', 'en', '/events/us-clean-cloud/'],
		['us-clean-cloud', 'fr', '/fr/events/us-clean-cloud/'],
		['a b/c', 'en', '/events/a%20b%2Fc/']
	] as const)('%s in %s → %s', (id, lang, expected) => {
		expect(eventPath(id, lang)).toBe(expected);
	});
});

describe('explorerPath', () => {
	it.each([
		['2020-08-05', 'us-clean-cloud', 'en', '/?date=2020-08-05&selected=us-clean-cloud'],
		['2015-03', 'alibaba-us-west-1', 'fr', '/fr/?date=2015-03&selected=alibaba-us-west-1'],
		['2015', null, 'en', '/?date=2015'],
		['2015', 'x&y=1', 'en', '/?date=2015&selected=x%26y%3D1']
	] as const)('%s, %s in %s → %s', (date, selected, lang, expected) => {
		expect(explorerPath(date, selected, lang)).toBe(expected);
	});
});
