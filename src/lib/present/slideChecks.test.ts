import { describe, expect, it } from 'vitest';
import { hiddenHighlights } from './slideChecks';
import { DataIndex } from '../state/dataIndex';
import { buildTestModel } from '../../../tests/fixtures/realModel';
import type { Slide } from '../data/types';

const index = new DataIndex(buildTestModel());
const params = index.model.params;
const slide = (over: Partial<Slide>): Slide => ({
	date: '2020-08-05',
	focus: { region: 'world' },
	highlight: ['us-clean-cloud'],
	layers: ['sites', 'actions', 'flows'],
	title: { en: 'T', fr: 'T' },
	text: { en: 'T', fr: 'T' },
	cites: ['us-clean-cloud'],
	...over
});

describe('hiddenHighlights', () => {
	it('is empty when the highlighted record is on the slide’s map, in its frame', () => {
		expect(hiddenHighlights(index, slide({}), params)).toEqual([]);
		expect(hiddenHighlights(index, slide({ focus: { region: 'united-states' } }), params)).toEqual([]);
	});

	it('names a record outside the frame, not yet taken at the date, or left out by the layers or filters', () => {
		expect(hiddenHighlights(index, slide({ focus: { region: 'east-asia' } }), params)).toEqual(['us-clean-cloud']);
		expect(hiddenHighlights(index, slide({ date: '2019' }), params)).toEqual(['us-clean-cloud']);
		expect(hiddenHighlights(index, slide({ layers: ['sites'] }), params)).toEqual(['us-clean-cloud']);
		expect(hiddenHighlights(index, slide({ filters: { kinds: ['law'] } }), params)).toEqual(['us-clean-cloud']);
	});

	it('leaves ids the atlas does not know to the validator, and a broken date alone', () => {
		expect(hiddenHighlights(index, slide({ highlight: ['nobody'] }), params)).toEqual([]);
		expect(hiddenHighlights(index, slide({ date: 'soon' }), params)).toEqual([]);
	});
});
