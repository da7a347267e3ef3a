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
		version: '0.3.2',
		date: '2026-12-05',
		changes: [
			{
				en: 'Azure’s two Department of Defense regions (US DoD East, US DoD Central) opened in January 2017, when Microsoft announced their general availability with the Impact Level 5 authorisation, not in 2016 as promised. Alibaba Cloud’s Wuhan Local Region was in service by December 2023 (its VPC release notes), so it is placed in 2023, not 2024. Openings dated to the month or day: 213 of 286 (74 %).',
				fr: 'Les deux régions d’Azure réservées au département de la Défense (US DoD East, US DoD Central) ont ouvert en janvier 2017, quand Microsoft a annoncé leur disponibilité générale avec l’autorisation Impact Level 5, et non en 2016 comme promis. La région locale de Wuhan d’Alibaba Cloud était en service en décembre 2023 (ses notes de version VPC) : elle est placée en 2023, et non en 2024. Ouvertures datées au mois ou au jour : 213 sur 286 (74 %).'
			}
		]
	},
	{
		version: '0.3.1',
		date: '2026-12-05',
		changes: [
			{
				en: 'Opening dates made precise from the providers’ own change logs: Google’s Compute Engine release notes date 14 regions to the day (among them Belgium, in preview,  Hong Kong, Osaka, Seoul, Salt Lake City, Las Vegas, Los Angeles, the Netherlands, Finland, Montréal, Mumbai, Taiwan, South Carolina and Oregon), Tencent’s CVM product log dates 14 regions to the month, and a Huawei Cloud notice, Korean and Indonesian press date others. Openings dated to the month or day: 74 % (from 62 %).',
				fr: 'Dates d’ouverture précisées à partir des journaux des fournisseurs eux-mêmes : les notes de version de Compute Engine de Google datent 14 régions au jour près (dont la Belgique, en préversion,  Hong Kong, Osaka, Séoul, Salt Lake City, Las Vegas, Los Angeles, les Pays-Bas, la Finlande, Montréal, Bombay, Taïwan, la Caroline du Sud et l’Oregon), le journal des nouveautés CVM de Tencent en date 14 au mois près, et un avis de Huawei Cloud ainsi que la presse coréenne et indonésienne en datent d’autres. Ouvertures datées au mois ou au jour : 74 % (contre 62 %).'
			},
			{
				en: 'Corrections of years that were placeholders: Google Belgium opened in preview on 6 December 2012 (not 2016), Taiwan opened on 14 April 2014 (not 2016) and South Carolina on 1 October 2015 (not 2016); Tencent Singapore July 2016, Beijing March 2016, Shenzhen Finance November 2016 (not 2017), Chengdu June 2017, Seoul September 2017, Bangkok and Chongqing April 2018, Tokyo August 2018, Nanjing February 2020 (not 2024), São Paulo November 2021 (not 2025); Huawei Beijing4 July 2019 and Beijing1 by 2019 (not 2025).',
				fr: 'Corrections d’années qui n’étaient que des repères : Google Belgique a ouvert en préversion le 6 décembre 2012 (et non en 2016), Taïwan a ouvert le 14 avril 2014 (et non en 2016) et la Caroline du Sud le 1er octobre 2015 (et non en 2016) ; Tencent Singapour juillet 2016, Pékin mars 2016, Shenzhen Finance novembre 2016 (et non 2017), Chengdu juin 2017, Séoul septembre 2017, Bangkok et Chongqing avril 2018, Tokyo août 2018, Nankin février 2020 (et non 2024), São Paulo novembre 2021 (et non 2025) ; Huawei Beijing4 juillet 2019 et Beijing1 au plus tard en 2019 (et non 2025).'
			}
		]
	},
	{
		version: '0.3.0',
		date: '2026-12-05',
		changes: [
			{
				en: 'Every public region of each provider, checked against the provider’s own count on its date: Amazon Web Services 38 (2 September 2025), Microsoft Azure 50 (21 March 2025), Google Cloud 40 (2 February 2024), Alibaba Cloud 29 (28 October 2025), Oracle Cloud Infrastructure 29 (December 2020), S3NS 1; Tencent Cloud and Huawei Cloud publish no countable list, which /data says. Retired regions carry their last day of service.',
				fr: 'Toutes les régions publiques de chaque fournisseur, vérifiées face au décompte du fournisseur à sa date : Amazon Web Services 38 (2 septembre 2025), Microsoft Azure 50 (21 mars 2025), Google Cloud 40 (2 février 2024), Alibaba Cloud 29 (28 octobre 2025), Oracle Cloud Infrastructure 29 (décembre 2020), S3NS 1 ; Tencent Cloud et Huawei Cloud ne publient pas de liste dénombrable, ce que /data indique. Les régions fermées portent leur dernier jour de service.'
			},
			{
				en: 'Oracle Cloud Infrastructure added as a provider; operators (local partners, joint ventures, data trustees, sovereign-cloud operators) are records of their own, and whose law reaches a site follows its operator.',
				fr: 'Ajout d’Oracle Cloud Infrastructure comme fournisseur ; les exploitants (partenaires locaux, coentreprises, tiers de confiance, opérateurs de cloud souverain) sont des éléments à part entière, et la loi qui peut atteindre un site suit son exploitant.'
			},
			{
				en: 'The regulatory record widened to data-localisation laws and their enforcement (Russia, India, Indonesia, Vietnam, Saudi Arabia, China’s cloud-licensing rules), European certification schemes and court and regulator decisions, and what the providers did in response (sovereign offerings, data boundaries, partner-run regions, exits), as a new kind, provider measure.',
				fr: 'Le registre réglementaire s’étend aux lois de localisation des données et à leur application (Russie, Inde, Indonésie, Viêt Nam, Arabie saoudite, règles chinoises de licence du cloud), aux schémas de certification européens et aux décisions des juridictions et autorités, ainsi qu’aux réponses des fournisseurs (offres souveraines, frontières de données, régions exploitées par des partenaires, retraits), sous un nouveau type : mesure d’un fournisseur.'
			},
			{
				en: 'Sources carry the sentence that states the fact, quoted as read; a record is “verified” only when one does, and records whose sources were not yet quoted are now “partly verified”. Sources on wiki mirrors, exam-prep and aggregator sites were removed.',
				fr: 'Les sources portent la phrase qui établit le fait, citée telle que lue ; un élément n’est « vérifié » que si l’une d’elles le fait, et les éléments dont les sources n’étaient pas encore citées sont désormais « partiellement vérifiés ». Les sources issues de miroirs de wikis, de sites de préparation aux examens et d’agrégateurs ont été retirées.'
			},
			{
				en: 'Corrections: the EU–US period after Schrems I rested on the 1995 Directive, not the GDPR; Privacy Shield took effect on 12 July 2016 and could be used from 1 August; the GDPR’s adoption, entry into force and application dates; the EU–UK flow now starts with the Trade and Cooperation Agreement’s bridge on 1 January 2021; the UK adequacy decisions’ extension and renewal; a Switzerland → US flow.',
				fr: 'Corrections : la période UE–États-Unis après Schrems I reposait sur la directive de 1995, non sur le RGPD ; le bouclier de protection des données a pris effet le 12 juillet 2016 et pouvait être utilisé dès le 1er août ; les dates d’adoption, d’entrée en vigueur et d’application du RGPD ; le flux UE–Royaume-Uni commence désormais avec la passerelle de l’accord de commerce et de coopération le 1er janvier 2021 ; la prolongation et le renouvellement des décisions d’adéquation britanniques ; un flux Suisse → États-Unis.'
			}
		]
	},
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

/** The dataset's version, the newest changelog entry's (semantic versioning: a removed or renamed field is a major change). */
export const DATASET_VERSION = CHANGELOG[0].version;
