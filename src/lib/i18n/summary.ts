/**
 * What a map shows, in words: the headline above it (what is drawn at its date, or what changed
 * between compared dates), the live announcement a screen reader hears, the embed's and the
 * snapshots' caption and the alt text of fallback images. It names only the layers shown, says
 * when filters narrow them, and says so when nothing matches.
 */
import type { MapFacts } from '../state/drawn';
import type { Lang } from './lang';
import { formatDay, formatPartialDate, translate } from './format';
import { FLOW_STATUSES } from '../data/types';

/** The two sentences of a map's description: what is on it, and the latest action (if any). */
export interface MapDescription {
	headline: string;
	latest: string | null;
}

/** The counts of what is drawn, one clause per layer shown. */
function clauses(lang: Lang, f: MapFacts): string[] {
	const t = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}) =>
		translate(lang, key, params);
	const out: string[] = [];
	if (f.compare) {
		const c = f.compare;
		if (f.layers.includes('sites')) {
			out.push(t('headline.opened', { count: c.opened }));
			if (c.closed) out.push(t('headline.closed', { count: c.closed }));
		}
		if (f.layers.includes('actions')) out.push(t('headline.taken', { count: c.actions }));
		if (f.layers.includes('flows')) out.push(t('headline.flowsChanged', { count: c.flows }));
		return out;
	}
	if (f.layers.includes('sites'))
		out.push(
			t('headline.sites', {
				sites: t('count.sites', { count: f.sites.length }),
				// French agrees the participle with the count: "1 centre de données ouvert".
				open: f.sites.length,
				countries: t('count.countries', { count: new Set(f.sites.map((s) => s.country)).size })
			}) + (f.inView != null && f.inView < f.sites.length ? t('headline.inView', { count: f.inView }) : '')
		);
	if (f.layers.includes('actions'))
		out.push(t('headline.actions', { actions: t('count.actions', { count: f.actions.length }) }));
	if (f.layers.includes('flows')) {
		const statuses = FLOW_STATUSES.map((s) => [s, f.flows.filter((x) => x === s).length] as const)
			.filter(([, n]) => n > 0)
			.map(([s, n]) => `${n} ${t(`flowStatus.${s}`).toLocaleLowerCase(lang)}`);
		const flows = t('count.flows', { count: f.flows.length });
		out.push(statuses.length ? t('headline.flows', { flows, statuses: statuses.join(', ') }) : flows);
	}
	if (f.layers.includes('reach')) out.push(t('count.reach', { count: f.reach }));
	return out;
}

/**
 * What the map shows, sentence by sentence: pages show the headline above the map and the latest
 * action further down.
 * @example describeMapParts('en', facts).headline // "5 August 2020: 22 data centres open in 12 countries; 19 actions taken so far; 4 data flows: 1 valid framework, 3 no framework."
 */
export function describeMapParts(lang: Lang, f: MapFacts): MapDescription {
	const when = f.compare
		? `${formatDay(f.compare.from, lang)} → ${formatDay(f.compare.to, lang)}`
		: formatDay(f.date, lang);
	const head = f.filtered ? translate(lang, 'headline.filtered', { when }) : when;
	const parts = clauses(lang, f);
	const empty =
		!f.compare && f.filtered && f.sites.length + f.actions.length + f.flows.length + f.reach === 0 && parts.length > 0;
	const body =
		parts.length === 0
			? translate(lang, 'headline.noLayer')
			: empty
				? translate(lang, 'headline.empty')
				: parts.join(translate(lang, 'headline.separator'));
	const headline = translate(lang, 'headline.sentence', { head, body });
	const action = f.layers.includes('actions') && !f.compare ? f.actions[0] : undefined;
	const latest = action
		? translate(lang, 'map.summaryLatest', { title: action.title, date: formatPartialDate(action.date, lang) })
		: null;
	return { headline, latest };
}

/**
 * What the map shows, in one paragraph.
 * @example describeMap('en', facts)
 * // "5 August 2020: 22 data centres open in 12 countries; 19 actions taken so far. Latest action: …, 5 August 2020."
 */
export function describeMap(lang: Lang, facts: MapFacts): string {
	return joinDescription(describeMapParts(lang, facts));
}

/** A map's description in one paragraph, from its sentences. */
export function joinDescription({ headline, latest }: MapDescription): string {
	return latest ? `${headline} ${latest}` : headline;
}
