import { DATASET } from '$lib/server/dataset';
import { DOWNLOAD_FILES, downloadBody } from '$lib/data/downloads';
import type { Lang } from '$lib/i18n/lang';
import { openingPrecision, primaryShare, providerCoverage, sourcedRecords } from '$lib/data/coverage';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'fr' }];

/**
 * The records as they are in data/ (both languages), so "download the rows shown" writes the
 * same fields as the full files; jurisdictions are reduced to their names in the page's language.
 */
export const load: PageServerLoad = ({ params }) => {
	const lang: Lang = params.lang === 'fr' ? 'fr' : 'en';
	return {
		lang,
		providers: DATASET.providers,
		sites: DATASET.sites,
		actions: DATASET.actions,
		flows: DATASET.flows,
		jurisdictionNames: Object.fromEntries(DATASET.jurisdictions.map((j) => [j.code, j.name[lang]])),
		jurisdictionCount: DATASET.jurisdictions.length,
		coverage: providerCoverage(DATASET),
		precision: openingPrecision(DATASET.sites),
		primary: primaryShare(sourcedRecords(DATASET)),
		sizes: Object.fromEntries(
			DOWNLOAD_FILES.map((file) => [file, new TextEncoder().encode(downloadBody(DATASET, file)!.body).length])
		) as Record<(typeof DOWNLOAD_FILES)[number], number>
	};
};
