/**
 * The three milestones of the story, labelled on the timeline's track; play pauses at each.
 */
import type { MessageKey } from '../i18n/messages';
import { dayOf } from './partialDate';

export interface Milestone {
	day: number;
	date: string;
	/** The record the milestone is about, selected when it is clicked. */
	record: string;
	label: MessageKey;
	short: MessageKey;
}

export const MILESTONES: Milestone[] = [
	{
		day: dayOf('2015-03'),
		date: '2015-03',
		record: 'alibaba-us-west-1',
		label: 'milestone.firstUsDc',
		short: 'milestone.short.firstUsDc'
	},
	{
		day: dayOf('2020-08-05'),
		date: '2020-08-05',
		record: 'us-clean-cloud',
		label: 'milestone.cleanCloud',
		short: 'milestone.short.cleanCloud'
	},
	{
		day: dayOf('2022-01-18'),
		date: '2022-01-18',
		record: 'us-commerce-alibaba-cloud-review',
		label: 'milestone.commerceInquiry',
		short: 'milestone.short.commerceInquiry'
	}
];

/** Milestone days, ascending, for the play loop. */
export const MILESTONE_DAYS = MILESTONES.map((m) => m.day);
