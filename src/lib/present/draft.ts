/**
 * A story drafted in the browser (the story builder, /present/new/): in the format of
 * data/stories.json, so a draft saved as a file can be contributed as it is. Making a slide of a
 * view of the map, filling a text written in one language only, and packing a story into a link
 * (deflated, base64url, in the URL's fragment: nothing reaches a server). Pure, but for the
 * streams of the Compression API, which browsers and Node share.
 */
import type { Bbox, LocalText, Slide, Story } from '../data/types';
import type { RefKind } from '../data/schema';
import type { MapModel } from '../data/model';
import type { ProjectionParams } from '../geo/basemap';
import { invertLonLat } from '../geo/lonLat';
import { zoomOfFocus, regionFocus } from '../geo/regions';
import { isoOfDay } from '../time/partialDate';
import type { Filters, ViewState } from '../url/viewState';

/** Where the browser keeps the draft. */
export const DRAFT_KEY = 'data-borders:story-draft';
/** Where it keeps the draft a story opened over (a link, a file, a copied story, a new one), to bring back. */
export const PREVIOUS_KEY = 'data-borders:story-draft-previous';

/** Whether a draft holds anything of its author's: a slide, or a word of its title or summary. */
export function hasContent(story: Story): boolean {
	const { title, summary } = story;
	return story.slides.length > 0 || [title.en, title.fr, summary.en, summary.fr].some((text) => text.trim() !== '');
}
/** The fragment's name for a story in a link: `#story=…`. */
export const LINK_PARAM = 'story';
/** The most a link's story may unpack to, in characters: a garbled or hostile link stops there. */
export const MAX_STORY_CHARS = 400_000;

export const emptyText = (): LocalText => ({ en: '', fr: '' });

/** A new story with no slides. */
export function newStory(): Story {
	return { id: 'my-story', title: emptyText(), summary: emptyText(), slides: [] };
}

/** A text written in one language only, given to both (a translation can follow). */
export const filledText = (text: LocalText): LocalText => ({
	en: text.en.trim() ? text.en : text.fr,
	fr: text.fr.trim() ? text.fr : text.en
});

/** The story as it is saved, shared and presented: each text in both languages, and no empty notes. */
export function completeStory(story: Story): Story {
	return {
		...story,
		title: filledText(story.title),
		summary: filledText(story.summary),
		slides: story.slides.map(({ notes, ...slide }) => ({
			...slide,
			title: filledText(slide.title),
			text: filledText(slide.text),
			...(notes && (notes.en.trim() || notes.fr.trim()) ? { notes: filledText(notes) } : {})
		}))
	};
}

/**
 * The box (`[west, south, east, north]`, degrees) a zoomed view shows: the longitudes at its
 * frame's left and right edges and the latitudes at its top and bottom, through its centre,
 * drawn in a little so that fitting the box gives back about the same zoom.
 */
export function boxOfView(k: number, x: number, y: number, params: ProjectionParams): Bbox {
	const inset = 0.88;
	const halfW = (params.width / (2 * k)) * inset;
	const halfH = (params.height / (2 * k)) * inset;
	const at = (px: number, py: number) => invertLonLat([px, py], params);
	const round = (n: number, limit: number) => Math.max(-limit, Math.min(limit, Math.round(n * 100) / 100));
	return [
		round(at(x - halfW, y)[0], 180),
		round(at(x, y + halfH)[1], 90),
		round(at(x + halfW, y)[0], 180),
		round(at(x, y - halfH)[1], 90)
	];
}

/**
 * A slide showing a view: its date (or compared dates), its region or zoom, its layers, and its
 * selection picked out and cited when it is a record. The words are left for the author.
 */
export function slideOfView(
	view: Pick<ViewState, 'date' | 'compare' | 'focus' | 'region' | 'layers' | 'selected' | 'filters'>,
	params: ProjectionParams,
	records: ReadonlySet<string>
): Slide {
	const record = view.selected && records.has(view.selected) ? [view.selected] : [];
	const zoom = zoomOfFocus(view.region ? regionFocus(view.region, params) : view.focus, params);
	const when = view.compare
		? { from: isoOfDay(view.compare.from), to: isoOfDay(view.compare.to) }
		: { date: isoOfDay(view.date) };
	return {
		...when,
		focus: view.region ? { region: view.region } : { bbox: boxOfView(zoom.k, zoom.x, zoom.y, params) },
		highlight: record,
		layers: [...view.layers],
		...filtersOfView(view.filters),
		title: emptyText(),
		text: emptyText(),
		notes: emptyText(),
		cites: record
	};
}

/** A view's filters as a slide holds them: only the lists that narrow, and no field when none does. */
function filtersOfView(filters: Filters): Pick<Slide, 'filters'> {
	const set = Object.entries(filters).filter(([, values]) => values.length > 0);
	return set.length ? { filters: Object.fromEntries(set.map(([name, values]) => [name, [...values]])) } : {};
}

const toBase64Url = (bytes: Uint8Array) =>
	btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');

/** A story packed for a link's fragment: its JSON, deflated, in base64url. */
export async function packStory(story: Story): Promise<string> {
	const stream = new Blob([JSON.stringify(story)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** Why a file or a link holds no story, as the name of its message (`builder.reason.<name>`). */
export type DraftReason = 'notJson' | 'noSlides' | 'tooManySlides' | 'tooLarge' | 'notPacked' | 'tooLong' | 'damaged';

/** Why a link's story could not be read: the reason is also the error's message. */
export class LinkError extends Error {
	constructor(readonly reason: DraftReason) {
		super(reason);
	}
}

/**
 * The JSON text a link's packed story holds (for the validator to check), or a LinkError for
 * anything that is not base64url, does not inflate, or inflates past MAX_STORY_CHARS.
 */
export async function unpackStory(packed: string): Promise<string> {
	if (!/^[A-Za-z0-9_-]{1,400000}$/.test(packed)) throw new LinkError('notPacked');
	let bytes: Uint8Array<ArrayBuffer>;
	try {
		const binary = atob(packed.replace(/-/g, '+').replace(/_/g, '/'));
		bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
	} catch {
		throw new LinkError('notPacked');
	}
	const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let text = '';
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			text += decoder.decode(value, { stream: true });
			if (text.length > MAX_STORY_CHARS) {
				await reader.cancel();
				throw new LinkError('tooLong');
			}
		}
		return text + decoder.decode();
	} catch (error) {
		throw error instanceof LinkError ? error : new LinkError('damaged');
	}
}

/** The packed story in a URL's fragment (`#story=…`), or null when it has none. */
export function packedOf(hash: string): string | null {
	const value = new URLSearchParams(hash.replace(/^#/, '')).get(LINK_PARAM);
	return value === null ? null : value;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The most slides a draft may hold. */
export const MAX_SLIDES = 200;
/** The largest story file the builder opens, in bytes. */
export const MAX_FILE_BYTES = 2_000_000;

/**
 * A story read from a file, a link or the browser's storage, as a draft: the fields a story has,
 * each of the right type or left empty, nothing else (the validator then says what is missing or
 * wrong). A file of data/stories.json's shape with one story is read as that story. Anything
 * with no list of slides is no story: its reason.
 */
export function readDraft(text: string): { story: Story } | { reason: DraftReason } {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { reason: 'notJson' };
	}
	if (Array.isArray(value) && value.length === 1) value = value[0];
	if (!isObject(value) || !Array.isArray(value.slides)) return { reason: 'noSlides' };
	if (value.slides.length > MAX_SLIDES) return { reason: 'tooManySlides' };
	const str = (v: unknown) => (typeof v === 'string' ? v : '');
	const local = (v: unknown): LocalText => (isObject(v) ? { en: str(v.en), fr: str(v.fr) } : emptyText());
	const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
	const focusOf = (v: unknown) => {
		if (isObject(v) && typeof v.region === 'string') return { region: v.region };
		if (isObject(v) && Array.isArray(v.bbox)) return { bbox: v.bbox.map((n) => (typeof n === 'number' ? n : NaN)) };
		return { region: 'world' };
	};
	const filtersOf = (v: Record<string, unknown>) =>
		Object.fromEntries(
			(['providers', 'kinds', 'jurisdictions', 'home'] as const).flatMap((name) =>
				v[name] === undefined ? [] : [[name, strings(v[name])]]
			)
		);
	const slides = value.slides.filter(isObject).map((s) => ({
		...(typeof s.date === 'string' ? { date: s.date } : {}),
		...(typeof s.from === 'string' ? { from: s.from } : {}),
		...(typeof s.to === 'string' ? { to: s.to } : {}),
		focus: focusOf(s.focus),
		highlight: strings(s.highlight),
		layers: strings(s.layers),
		...(isObject(s.filters) ? { filters: filtersOf(s.filters) } : {}),
		title: local(s.title),
		text: local(s.text),
		notes: local(s.notes),
		cites: strings(s.cites)
	}));
	const story = { id: str(value.id), title: local(value.title), summary: local(value.summary), slides };
	return { story: story as unknown as Story };
}

/** Whether an id is known to the model, by the kind a reference asks for (the validator's lookup). */
export function knownIn(
	model: Pick<MapModel, 'providers' | 'operators' | 'jurisdictions' | 'sites' | 'actions' | 'flows'>
) {
	const ids = {
		provider: new Set(model.providers.map((p) => p.id)),
		operator: new Set(model.operators.map((o) => o.id)),
		jurisdiction: new Set(model.jurisdictions.map((j) => j.code)),
		site: new Set(model.sites.map((s) => s.id)),
		action: new Set(model.actions.map((a) => a.id)),
		flow: new Set(model.flows.map((f) => f.id))
	};
	return (kind: RefKind, id: string): boolean =>
		kind === 'record' ? ids.site.has(id) || ids.action.has(id) || ids.flow.has(id) : ids[kind].has(id);
}

/**
 * Adds a view as the last slide of the draft kept in the browser (a new story when there is none,
 * or what is kept is no story): how many slides the draft then holds.
 */
export function addViewToDraft(
	view: Pick<ViewState, 'date' | 'compare' | 'focus' | 'region' | 'layers' | 'selected' | 'filters'>,
	model: Pick<MapModel, 'params' | 'sites' | 'actions' | 'flows'>,
	storage: Pick<Storage, 'getItem' | 'setItem'>
): number {
	const stored = storage.getItem(DRAFT_KEY);
	const read = stored === null ? null : readDraft(stored);
	const story = read && 'story' in read ? read.story : newStory();
	const records = new Set([...model.sites, ...model.actions, ...model.flows].map((r) => r.id));
	story.slides.push(slideOfView(view, model.params, records));
	storage.setItem(DRAFT_KEY, JSON.stringify(story));
	return story.slides.length;
}
