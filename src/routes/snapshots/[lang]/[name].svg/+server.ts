import { snapshotSvg } from '$lib/server/snapshot';
import { slideSnapshotEntries, snapshotEntries, snapshotRequest } from '$lib/server/snapshotRoutes';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => [...snapshotEntries(), ...slideSnapshotEntries()];

export const GET: RequestHandler = ({ params }) => {
	const { svg } = snapshotSvg(snapshotRequest(params.lang, params.name));
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
