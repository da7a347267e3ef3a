import { snapshotSvg } from '$lib/server/snapshot';
import { snapshotEntries, snapshotRequest } from '$lib/server/snapshotRoutes';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = snapshotEntries;

export const GET: RequestHandler = ({ params }) => {
	const { svg } = snapshotSvg(snapshotRequest(params.lang, params.name));
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
