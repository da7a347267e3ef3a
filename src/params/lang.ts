import type { ParamMatcher } from '@sveltejs/kit';

/** Only French has a path prefix; English lives at the root. */
export const match: ParamMatcher = (param) => param === 'fr';
