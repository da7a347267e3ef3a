/**
 * The embed's resize protocol. The embed page tells its host how tall it is, in three
 * dialects so that hosts need no new code: our own message, pym.js's child message, and
 * AMP's embed-size request. Host pages without either use static/embed.js, which reads ours.
 */

/** Our own message type. */
export const RESIZE_TYPE = 'data-borders:resize';
/** A message the host may send to set the theme. */
export const THEME_TYPE = 'data-borders:theme';
/** The loader's question to every embed on the page when it starts: "how tall are you?". */
export const HEIGHT_REQUEST_TYPE = 'data-borders:request-height';

/** Heights outside this range are refused: a garbled or hostile message cannot collapse or blow up a page. */
export const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 8000;

/** Our resize message. */
export interface ResizeMessage {
	type: typeof RESIZE_TYPE;
	height: number;
}

/**
 * The messages an embed posts to its parent for a height, in every dialect: ours, pym.js
 * (when the host passed a `childId`) and AMP.
 * @example resizeMessages(612, 'map') // [{ type: 'data-borders:resize', height: 612 }, 'pymxPYMxmapxPYMxheightxPYMx612', { sentinel: 'amp', type: 'embed-size', height: 612 }]
 */
export function resizeMessages(height: number, pymChildId: string | null): unknown[] {
	const h = Math.ceil(height);
	const messages: unknown[] = [{ type: RESIZE_TYPE, height: h } satisfies ResizeMessage];
	if (pymChildId !== null && /^[\w-]{1,64}$/.test(pymChildId))
		messages.push(`pymxPYMx${pymChildId}xPYMxheightxPYMx${h}`);
	messages.push({ sentinel: 'amp', type: 'embed-size', height: h });
	return messages;
}

/**
 * Reads a resize message, returning its height clamped to the allowed range, or null for
 * anything else (wrong type, extra nesting, not a finite number).
 * @example readResizeMessage({ type: 'data-borders:resize', height: 640 }) // 640
 * @example readResizeMessage({ type: 'data-borders:resize', height: '<b>' }) // null
 */
export function readResizeMessage(data: unknown): number | null {
	if (typeof data !== 'object' || data === null) return null;
	const { type, height } = data as Record<string, unknown>;
	if (type !== RESIZE_TYPE || typeof height !== 'number' || !Number.isFinite(height)) return null;
	return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(height)));
}

/**
 * Whether a message is the loader's height request: exactly `{ type: 'data-borders:request-height' }`.
 * @example isHeightRequest({ type: 'data-borders:request-height' }) // true
 */
export function isHeightRequest(data: unknown): boolean {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
	const keys = Object.keys(data);
	return keys.length === 1 && (data as Record<string, unknown>).type === HEIGHT_REQUEST_TYPE;
}

/** Reads a theme message from the host: only `light`, `dark` or `auto`. */
export function readThemeMessage(data: unknown): 'light' | 'dark' | 'auto' | null {
	if (typeof data !== 'object' || data === null) return null;
	const { type, theme } = data as Record<string, unknown>;
	if (type !== THEME_TYPE) return null;
	return theme === 'light' || theme === 'dark' || theme === 'auto' ? theme : null;
}
