import { describe, expect, it } from 'vitest';
import { readCountryShapes, shadeOf } from './shading';

describe('readCountryShapes', () => {
	it('keeps alpha-2 codes with plain path data and leaves out anything else', () => {
		expect(
			readCountryShapes({
				FR: 'M1,2l3,4 -5.5,6z',
				US: 'M-1,-2L3,4Z',
				fr: 'M1,2z',
				XYZ: 'M1,2z',
				DE: '<script>alert(1)</script>',
				IT: 'M1,2" onload="alert(1)',
				ES: 42,
				PT: null
			})
		).toEqual({ FR: 'M1,2l3,4 -5.5,6z', US: 'M-1,-2L3,4Z' });
	});

	it('gives nothing for what is not an object of outlines', () => {
		for (const data of [null, 'FR', 3, ['M1,2z'], undefined]) expect(readCountryShapes(data)).toEqual({});
	});
});

describe('shadeOf', () => {
	it('shades the origin hl and a destination hl2, the origin winning where a country is both', () => {
		expect([...shadeOf(['FR', 'DE'], ['US', 'FR'])].sort()).toEqual([
			['DE', 'hl'],
			['FR', 'hl'],
			['US', 'hl2']
		]);
		expect(shadeOf([], []).size).toBe(0);
	});
});
