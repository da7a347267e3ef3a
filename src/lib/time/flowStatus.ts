/**
 * A flow's legal ground at a date: the period in force (each lasts until the next starts).
 */
import type { FlowPeriodView } from '../data/model';
import { partitionPoint } from './sorted';

/**
 * The index of the period in force on day t, or -1 before the first one.
 * `periods` are in order of their start day.
 * @example periodIndexAt(euUs.periods, dayOf('2020-07-17')) // the period begun by Schrems II
 */
export function periodIndexAt(periods: Pick<FlowPeriodView, 'day'>[], t: number): number {
	return partitionPoint(periods.length, (i) => periods[i].day > t) - 1;
}

/** The period in force on day t, or null before the first one. */
export function periodAt<P extends Pick<FlowPeriodView, 'day'>>(periods: P[], t: number): P | null {
	const i = periodIndexAt(periods, t);
	return i < 0 ? null : periods[i];
}
