import { draftPageData } from '$lib/server/draftPage';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => draftPageData(params.lang);
