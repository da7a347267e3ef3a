import { describe, expect, it } from 'vitest';
import {
	MAX_HEIGHT,
	MIN_HEIGHT,
	isHeightRequest,
	readResizeMessage,
	readThemeMessage,
	resizeMessages
} from './protocol';

describe('resizeMessages', () => {
	it('speaks our dialect, pym.js and AMP', () => {
		expect(resizeMessages(611.2, 'map-1')).toEqual([
			{ type: 'data-borders:resize', height: 612 },
			'pymxPYMxmap-1xPYMxheightxPYMx612',
			{ sentinel: 'amp', type: 'embed-size', height: 612 }
		]);
	});

	it('leaves pym.js out without a child id, or with one that is not an id', () => {
		expect(resizeMessages(500, null)).toHaveLength(2);
		expect(resizeMessages(500, 'x"><script>')).toHaveLength(2);
	});
});

describe('readResizeMessage', () => {
	it.each<[string, unknown, number | null]>([
		['our message', { type: 'data-borders:resize', height: 640 }, 640],
		['a fractional height', { type: 'data-borders:resize', height: 640.4 }, 640],
		['a tiny height', { type: 'data-borders:resize', height: 1 }, MIN_HEIGHT],
		['a huge height', { type: 'data-borders:resize', height: 1e9 }, MAX_HEIGHT],
		['a string height', { type: 'data-borders:resize', height: '640' }, null],
		['markup as height', { type: 'data-borders:resize', height: '<img src=x onerror=alert(1)>' }, null],
		['NaN', { type: 'data-borders:resize', height: Number.NaN }, null],
		['Infinity', { type: 'data-borders:resize', height: Number.POSITIVE_INFINITY }, null],
		['another type', { type: 'resize', height: 640 }, null],
		['a pym string', 'pymxPYMxmapxPYMxheightxPYMx640', null],
		['null', null, null],
		['an array', [640], null]
	])('%s', (_, data, height) => {
		expect(readResizeMessage(data)).toBe(height);
	});
});

describe('readThemeMessage', () => {
	it.each<[unknown, string | null]>([
		[{ type: 'data-borders:theme', theme: 'dark' }, 'dark'],
		[{ type: 'data-borders:theme', theme: 'light' }, 'light'],
		[{ type: 'data-borders:theme', theme: 'hacker' }, null],
		[{ type: 'data-borders:resize', theme: 'dark' }, null],
		['dark', null]
	])('%j', (data, theme) => {
		expect(readThemeMessage(data)).toBe(theme);
	});
});

describe('isHeightRequest', () => {
	it.each<[unknown, boolean]>([
		[{ type: 'data-borders:request-height' }, true],
		[{ type: 'data-borders:request-height', height: 5 }, false],
		[{ type: 'data-borders:resize' }, false],
		['data-borders:request-height', false],
		[['data-borders:request-height'], false],
		[null, false],
		[{ type: { toString: () => 'data-borders:request-height' } }, false]
	])('%j is a request: %s', (data, expected) => {
		expect(isHeightRequest(data)).toBe(expected);
	});
});
