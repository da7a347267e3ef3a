/**
 * The dataset's downloads, written as static files at build time (/data/download/sites.csv,
 * /data/download/dataset.json, …): see src/lib/data/downloads.ts for the list and formats.
 */
import { error } from '@sveltejs/kit';
import { DATASET } from '$lib/server/dataset';
import { DOWNLOAD_FILES, downloadBody } from '$lib/data/downloads';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => DOWNLOAD_FILES.map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const download = downloadBody(DATASET, params.file);
	if (!download) error(404, 'No such download');
	return new Response(download.body, { headers: { 'content-type': download.type } });
};
