import { describe, expect, it } from 'vitest';
import { absoluteBase } from './paths';

describe('absoluteBase', () => {
	it.each([
		['..', 'https://example.org/embed/?date=2020', ''],
		['../..', 'https://example.org/fr/embed/', ''],
		['..', 'http://localhost:8000/stick/data-borders/embed/', '/stick/data-borders'],
		['../..', 'http://localhost:8000/stick/data-borders/fr/embed/#x', '/stick/data-borders'],
		['/atlas', 'https://example.org/atlas/embed/', '/atlas']
	])('%s on %s is %s', (relative, page, expected) => {
		expect(absoluteBase(relative, page)).toBe(expected);
	});
});
