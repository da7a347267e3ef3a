/**
 * The audience and presenter windows keep each other on the same slide over a
 * BroadcastChannel (same origin, no server). A message is read only if it has exactly the
 * expected shape, names this story and a slide that exists; anything else is ignored.
 */

/** The channel's name for a story. */
export const channelName = (story: string) => `data-borders:present:${story}`;

export type PresentMessage =
	/** A window moved to a slide (or was asked where it is and answers). */
	| { type: 'slide'; story: string; index: number }
	/** A window opened and asks the others for the current slide. */
	| { type: 'hello'; story: string }
	/** The audience screen was blanked (B) or shown again. */
	| { type: 'blank'; story: string; on: boolean };

/**
 * The message, if `data` is a well-formed one for `story` with `count` slides; else null.
 * @example readPresentMessage({ type: 'slide', story: 's', index: 2 }, 's', 5) // { type: 'slide', story: 's', index: 2 }
 */
export function readPresentMessage(data: unknown, story: string, count: number): PresentMessage | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const m = data as Record<string, unknown>;
	if (m.story !== story) return null;
	if (m.type === 'hello' && Object.keys(m).length === 2) return { type: 'hello', story };
	if (m.type === 'slide' && Object.keys(m).length === 3) {
		const index = m.index;
		if (typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < count)
			return { type: 'slide', story, index };
	}
	if (m.type === 'blank' && Object.keys(m).length === 3 && typeof m.on === 'boolean')
		return { type: 'blank', story, on: m.on };
	return null;
}
