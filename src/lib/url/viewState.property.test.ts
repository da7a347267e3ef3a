/**
 * Properties of the URL's view state over arbitrary input (fast-check): whatever a link holds,
 * parsing never throws, always gives a view within its domain, and what it gives survives a
 * round trip through the serialiser unchanged.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayOf } from '../time/partialDate';
import { MAX_ZOOM, MIN_ZOOM } from '../geo/zoom';
import { CONTROLS, LAYERS, SPANS, THEMES, parseViewState, serializeViewState, type ViewContext } from './viewState';

const CONTEXT: ViewContext = {
	ids: new Set(['us-clean-cloud', 'alibaba-us-west-1', 'eu-us', 'place-frankfurt']),
	providers: new Set(['alibaba-cloud', 'aws', 'microsoft-azure']),
	kinds: new Set(['law', 'ruling', 'provider-measure']),
	jurisdictions: new Set(['US', 'EU', 'CN']),
	home: new Set(['CN', 'US']),
	dates: { start: dayOf('2009-09-01'), end: dayOf('2026-12-05') }
};
const PARAMS = [
	'date',
	'from',
	'to',
	'selected',
	'zoom',
	'center',
	'layers',
	'span',
	'theme',
	'controls',
	'provider',
	'kind',
	'jurisdiction',
	'home'
];

/** Values of the kinds a link may hold: any text, and text shaped like the real values. */
const value = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.string({ maxLength: 400 }),
	fc.constantFrom(
		'2020-08-05',
		'2100-12-31',
		'0000',
		'2021-02-30',
		'SITES,reach',
		'aws,evil',
		'__proto__',
		'NaN',
		'1.004',
		'2.345',
		'12.3456,-45.6789'
	),
	fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: 1, max: 13 })).map(([y, m]) => `${y}-${m}`),
	fc.tuple(fc.double(), fc.double()).map(([a, b]) => `${a},${b}`),
	fc.double().map(String),
	fc.subarray([...LAYERS, 'Sites', 'x']).map((l) => l.join(',')),
	fc.subarray([...CONTEXT.ids, 'nope']).map((l) => l.join(','))
);
const query = fc
	.array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 8 })), value), { maxLength: 12 })
	.map((pairs) => {
		const params = new URLSearchParams();
		for (const [name, text] of pairs) params.append(name, text);
		return params;
	});

const subsetOf = (list: readonly string[], set: ReadonlySet<string>) => list.every((v) => set.has(v));

describe('parseViewState over arbitrary links', () => {
	it('never throws, and every value it gives is within its domain', () => {
		fc.assert(
			fc.property(query, (params) => {
				const { state, issues } = parseViewState(params, CONTEXT);
				const { start, end } = CONTEXT.dates;
				expect(state.date).toBeGreaterThanOrEqual(start);
				expect(state.date).toBeLessThanOrEqual(end);
				if (state.compare) {
					expect(state.compare.from).toBeLessThanOrEqual(state.compare.to);
					expect(state.compare.from).toBeGreaterThanOrEqual(start);
					expect(state.compare.to).toBeLessThanOrEqual(end);
				}
				expect(state.selected === null || CONTEXT.ids.has(state.selected)).toBe(true);
				if (state.focus) {
					expect(state.focus.k).toBeGreaterThan(1);
					expect(state.focus.k).toBeLessThanOrEqual(MAX_ZOOM);
					expect(state.focus.k).toBeGreaterThanOrEqual(MIN_ZOOM);
					expect(Math.abs(state.focus.center[0])).toBeLessThanOrEqual(180);
					expect(Math.abs(state.focus.center[1])).toBeLessThanOrEqual(90);
				}
				expect(state.layers.length).toBeGreaterThan(0);
				expect(subsetOf(state.layers, new Set(LAYERS))).toBe(true);
				expect(SPANS).toContain(state.span);
				expect(THEMES).toContain(state.theme);
				expect(CONTROLS).toContain(state.controls);
				expect(subsetOf(state.filters.providers, CONTEXT.providers)).toBe(true);
				expect(subsetOf(state.filters.kinds, CONTEXT.kinds)).toBe(true);
				expect(subsetOf(state.filters.jurisdictions, CONTEXT.jurisdictions)).toBe(true);
				expect(subsetOf(state.filters.home, CONTEXT.home)).toBe(true);
				for (const issue of issues) expect(PARAMS).toContain(issue.param);
			}),
			{ numRuns: 2000 }
		);
	});

	it('round-trips: the serialised view parses back to itself, with nothing to report', () => {
		fc.assert(
			fc.property(query, (params) => {
				const first = parseViewState(params, CONTEXT).state;
				const written = serializeViewState(first);
				const again = parseViewState(written, CONTEXT);
				expect(again.issues).toEqual([]);
				expect(serializeViewState(again.state).toString()).toBe(written.toString());
				expect(again.state).toEqual(parseViewState(serializeViewState(again.state), CONTEXT).state);
			}),
			{ numRuns: 2000 }
		);
	});
});
