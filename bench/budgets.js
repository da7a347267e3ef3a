/**
 * The budgets, as data: each names a figure of a route (see `figure` below), its limit for `/`
 * and for `/embed`, and how to show it. They are those of issue #19. Step frames are reported
 * without a budget.
 */
import { BIG_SITES } from './fixture.js';

export const BUDGETS = [
	{ id: 'transfer', figure: 'transfer, brotli', unit: 'KiB', limit: { '/': 90, '/embed': 60 } },
	{ id: 'js', figure: 'JavaScript, brotli', unit: 'KiB', limit: { '/': 45, '/embed': 32 } },
	{
		id: 'lcp-timelinejs',
		figure: 'LCP above the floor page, mobile, ÷ TimelineJS’s',
		unit: 'ratio',
		limit: { '/': 0.1, '/embed': 0.1 }
	},
	{
		id: 'lcp-leaflet',
		figure: 'LCP above the floor page, mobile, ÷ Leaflet’s',
		unit: 'ratio',
		limit: { '/': 0.25, '/embed': 0.25 }
	},
	{ id: 'tbt', figure: 'total blocking time, mobile', unit: 'ms', limit: { '/': 150, '/embed': 100 } },
	{ id: 'cls', figure: 'cumulative layout shift, mobile', unit: 'score', limit: { '/': 0, '/embed': 0 } },
	{
		id: 'inp-real',
		figure: 'key press to next paint p75, real data, CPU 4×',
		unit: 'ms',
		limit: { '/': 100, '/embed': 100 }
	},
	{
		id: 'inp-big',
		figure: `key press to next paint p75, ${BIG_SITES.toLocaleString('en')} sites, CPU 1×`,
		unit: 'ms',
		limit: { '/': 200, '/embed': 200 }
	}
];

/** `a` above the floor as a share of `b` above the floor (null when a figure is missing). */
const aboveFloor = (a, b, floor) =>
	a == null || b == null || floor == null || b <= floor ? null : (a - floor) / (b - floor);

/** A route's figure `id` from the bench's results, in the budget's unit (null when not measured). */
export function figure(result, route, id) {
	const r = result.routes[route];
	const lcp = (x) => x?.mobile?.lcp.median;
	const floor = lcp(result.peers.floor);
	switch (id) {
		case 'transfer':
			return r?.bytes ? r.bytes.total.br / 1024 : null;
		case 'js':
			return r?.bytes ? r.bytes.js.br / 1024 : null;
		case 'lcp-timelinejs':
			return aboveFloor(lcp(r), lcp(result.peers.timelinejs), floor);
		case 'lcp-leaflet':
			return aboveFloor(lcp(r), lcp(result.peers.leaflet), floor);
		case 'tbt':
			return r?.mobile?.tbt.median ?? null;
		case 'cls':
			return r?.mobile?.cls.median ?? null;
		case 'inp-real':
			return result.slider[`${route} real 4x`]?.latencyP75 ?? null;
		case 'inp-big':
			return result.slider[`${route} big 1x`]?.latencyP75 ?? null;
		default:
			throw new Error(`no figure ${id}`);
	}
}

/** A value in a budget's unit, for the table. */
export function show(unit, value) {
	if (value == null) return 'n/a';
	if (unit === 'KiB') return `${value.toFixed(1)} KiB`;
	if (unit === 'ms') return `${Math.round(value)} ms`;
	if (unit === 'ratio') return value.toFixed(2);
	return value.toFixed(3);
}

/** Every budget judged for each of `routes`: { id, figure, route, value, limit, pass }. */
export function judge(result, routes) {
	return BUDGETS.flatMap((b) =>
		routes.map((route) => {
			const value = figure(result, route, b.id);
			return {
				id: b.id,
				figure: b.figure,
				unit: b.unit,
				route,
				value,
				limit: b.limit[route],
				pass: value == null ? null : value <= b.limit[route]
			};
		})
	);
}
