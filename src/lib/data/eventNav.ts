/**
 * Previous and next events: the actions in date order (ties by id, as the map model orders
 * them), and the neighbours of one of them, for the event pages' navigation.
 */
import { dayOf } from '../time/partialDate';

/** The minimum an action needs to be placed in time. */
export interface Dated {
	id: string;
	date: string;
}

/**
 * The actions before and after `id` in date order, or null at either end; throws for an unknown id.
 * @example adjacentEvents([{ id: 'b', date: '2020' }, { id: 'a', date: '2015' }], 'a') // { previous: null, next: { id: 'b', … } }
 */
export function adjacentEvents<T extends Dated>(
	actions: readonly T[],
	id: string
): { previous: T | null; next: T | null } {
	const ordered = [...actions].sort((a, b) => dayOf(a.date) - dayOf(b.date) || a.id.localeCompare(b.id));
	const index = ordered.findIndex((a) => a.id === id);
	if (index === -1) throw new Error(`adjacentEvents: no action has the id "${id}"; pass one of the actions' ids.`);
	return { previous: ordered[index - 1] ?? null, next: ordered[index + 1] ?? null };
}
