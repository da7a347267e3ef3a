/**
 * The dataset's version, licence and changelog, shown on /data and written into
 * dataset.json. Bump the version and add an entry (newest first) whenever data/ changes in a
 * way a reuser would notice: records added or removed, a date or a verified level corrected.
 */
import type { LocalText, PartialDate } from './types';

/** One release of the dataset. */
export interface ChangelogEntry {
	version: string;
	date: PartialDate;
	changes: LocalText[];
}

/** The dataset's version (semantic versioning: a removed or renamed field is a major change). */
export const DATASET_VERSION = '0.2.0';

/** The day the dataset's coverage is stated for: each provider's count is checked on its own date, no later than this. */
export const DATASET_AS_OF = '2026-12-05';

/** Licences: the data's and the code's, with where to read them. */
export const LICENCES = {
	data: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
	code: { name: 'MIT', url: 'https://opensource.org/license/mit' }
} as const;

/** What changed, newest first. */
export const CHANGELOG: ChangelogEntry[] = [
	{
		version: '0.2.0',
		date: '2026-11-29',
		changes: [
			{
				en: 'Added the UK → EU flow after Brexit (the UK treats EU/EEA states as adequate from 1 January 2021) and the UK regulations that began it.',
				fr: 'Ajout du flux Royaume-Uni → UE après le Brexit (le Royaume-Uni tient les États de l’UE et de l’EEE pour adéquats depuis le 1er janvier 2021) et du règlement britannique qui l’a ouvert.'
			}
		]
	},
	{
		version: '0.1.0',
		date: '2026-11-28',
		changes: [
			{
				en: 'First curated version: 8 providers, 33 jurisdictions, 70 sites, 51 regulatory actions and 7 cross-border flows, each with its sources, drawn from the project’s fact sheet.',
				fr: 'Première version vérifiée : 8 fournisseurs, 33 juridictions, 70 sites, 51 actions réglementaires et 7 flux transfrontaliers, chacun avec ses sources, tirés de la fiche d’information du projet.'
			},
			{
				en: 'Facts the fact sheet could not source are kept and marked “unverified” or “partly verified”, with a note saying what is missing.',
				fr: 'Les faits que la fiche n’a pas pu sourcer sont conservés et marqués « non vérifié » ou « partiellement vérifié », avec une note qui dit ce qui manque.'
			}
		]
	}
];
