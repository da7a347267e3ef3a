/** The bench's printed tables: the budgets first, then the figures behind them and the peers'. */
import { BUDGETS, show } from './budgets.js';
import { BIG_ACTIONS, BIG_SITES } from './fixture.js';
import { fixed, kib, ms, spread, table } from './stats.js';

const NA_ROUTE = 'n/a (route not built)';

/** Prints the tables for `result`, whose budgets are judged for `main` (the routes in columns). */
export function printReport(result, { main, routes, runs, presses, quick, noBuild, bigBuilt }) {
	const built = (k) => routes.find((r) => r.key === k)?.built;
	const R = (k) => result.routes[k];
	const verdict = (id, k) => result.budgets.find((b) => b.id === id && b.route === k);

	const budgetRows = BUDGETS.map((b) => {
		const cells = main.map((k) => {
			if (!built(k)) return NA_ROUTE;
			const v = verdict(b.id, k);
			return `${show(b.unit, v.value)}${v.pass === false ? ' ✗' : ''}`;
		});
		const failed = main.filter((k) => verdict(b.id, k)?.pass === false);
		const measured = main.some((k) => verdict(b.id, k)?.pass != null);
		return [
			b.figure,
			...cells,
			`≤ ${main.map((k) => show(b.unit, b.limit[k]).replace(/ (KiB|ms)$/, '')).join(' | ')}${b.unit === 'KiB' || b.unit === 'ms' ? ` ${b.unit}` : ''}`,
			!measured ? 'n/a' : failed.length ? `FAIL (${failed.join(', ')})` : 'pass'
		];
	});
	console.log(
		`\nData Borders bench — ${result.meta.date}, Chromium ${result.meta.chromium}, ${result.meta.cpus} CPUs, ${quick ? 'QUICK (1 load per profile)' : `${runs} loads per profile`}`
	);
	console.log('✗ = misses its budget; budgets are "/ | /embed".\n');
	console.log(table(['budget', ...main, 'limit', 'result'], budgetRows));

	const rows = [];
	const cell = (k, text) => (built(k) ? text : NA_ROUTE);
	rows.push('BYTES (cold load, mobile profile; brotli q11 (gzip -9 / raw))');
	for (const part of ['total', 'html', 'js', 'css', 'data', 'images', 'fonts', 'other']) {
		if (part !== 'total' && !main.some((k) => R(k)?.bytes?.[part]?.raw)) continue;
		rows.push([
			part === 'js' ? 'JavaScript' : part === 'html' || part === 'css' ? part.toUpperCase() : part,
			...main.map((k) => {
				const b = R(k)?.bytes?.[part];
				return cell(
					k,
					b ? `${kib(b.br)} (${kib(b.gzip).replace(' KiB', '')} / ${kib(b.raw).replace(' KiB', '')})` : 'n/a'
				);
			})
		]);
	}
	rows.push([
		'requests (third-party)',
		...main.map((k) => cell(k, `${R(k)?.requests ?? 'n/a'} (${R(k)?.thirdParty?.length ?? 'n/a'})`))
	]);
	for (const p of ['mobile', 'desktop']) {
		rows.push(
			p === 'mobile'
				? `LOADING, mobile (562.5 ms latency, 1.44/0.675 Mbps, CPU 4x, 412x823), cold cache, median (min–max) of ${runs}`
				: `LOADING, desktop (no throttling, 1350x940), cold cache, median (min–max) of ${runs}`
		);
		for (const [label, f, fmt] of [
			['largest contentful paint', 'lcp', ms],
			['first contentful paint', 'fcp', ms],
			['total blocking time', 'tbt', ms],
			['longest task', 'longestTask', ms],
			['cumulative layout shift', 'cls', fixed(3)],
			['time until the slider responds', 'sliderResponds', ms],
			['load event', 'load', ms]
		])
			rows.push([label, ...main.map((k) => cell(k, spread(R(k)?.[p]?.[f], fmt)))]);
		if (p === 'mobile') rows.push(['LCP element', ...main.map((k) => cell(k, R(k)?.mobile?.lcpElement ?? 'n/a'))]);
	}
	rows.push(`SLIDER, real key presses (${presses} steps of one month, then Home and the jump End), desktop viewport`);
	const S = (k, data, cpu) => result.slider[`${k} ${data} ${cpu}x`];
	const sCell = (k, s, text) => (!built(k) ? NA_ROUTE : !s ? 'n/a' : s.error ? `error: ${s.error}` : text(s));
	for (const data of ['real', 'big'])
		for (const cpu of [1, 4]) {
			if (data === 'big' && !bigBuilt) continue;
			const label =
				data === 'real'
					? `real data, CPU ${cpu}x`
					: `${BIG_SITES.toLocaleString('en')} sites + ${BIG_ACTIONS.toLocaleString('en')} actions, CPU ${cpu}x`;
			rows.push([
				`${label}: key press to next paint p75 (max)`,
				...main.map((k) =>
					sCell(
						k,
						S(k, data, cpu),
						(s) => `${ms(s.latencyP75)} (${ms(s.latencyMax)})${s.presses < presses ? ` [${s.presses} presses]` : ''}`
					)
				)
			]);
			rows.push([
				`${label}: step frame median (p95), ms`,
				...main.map((k) => sCell(k, S(k, data, cpu), (s) => `${s.frame.median.toFixed(1)} (${s.frame.p95.toFixed(1)})`))
			]);
			rows.push([
				`${label}: step JS median (p95), ms`,
				...main.map((k) => sCell(k, S(k, data, cpu), (s) => `${s.js.median.toFixed(1)} (${s.js.p95.toFixed(1)})`))
			]);
			rows.push([
				`${label}: jump Home→End frame / to paint`,
				...main.map((k) =>
					sCell(k, S(k, data, cpu), (s) => (s.jump ? `${s.jump.frame.toFixed(1)} / ${ms(s.jump.latency)}` : 'n/a'))
				)
			]);
		}
	rows.push('BUILD');
	rows.push([
		'npm run build, wall time',
		noBuild ? 'not run (--no-build)' : result.build.ok ? ms(result.build.ms) : `failed after ${ms(result.build.ms)}`
	]);
	const lp = result.build.largest;
	rows.push([
		'largest prerendered page',
		lp ? `${lp.file}: ${kib(lp.raw)} raw, ${kib(lp.br)} brotli` : 'n/a',
		`${result.build.pages} pages`
	]);
	if (result.build.big && !result.build.big.skipped)
		rows.push([
			`fixture build (${BIG_SITES.toLocaleString('en')} sites), wall time`,
			result.build.big.ok ? ms(result.build.big.ms) : 'failed',
			result.build.big.page ? `${kib(result.build.big.page.raw)} raw page` : ''
		]);
	rows.push('OTHER ROUTES (bytes, one cold mobile load)');
	for (const r of routes.filter((r) => !main.includes(r.key))) {
		const f = R(r.key);
		const name = r.key === 'event' ? `event page ${r.path}` : r.key;
		if (!r.built) rows.push([name, NA_ROUTE]);
		else if (!f?.bytes) rows.push([name, `error: ${f?.errors?.join('; ')}`]);
		else
			rows.push([
				name,
				`${kib(f.bytes.total.br)} brotli, ${f.requests} req`,
				`HTML ${kib(f.bytes.html.br)}, JS ${kib(f.bytes.js.br)}, CSS ${kib(f.bytes.css.br)}`
			]);
	}
	console.log('\nTHE FIGURES BEHIND THEM');
	console.log(table(['figure', ...main], rows));

	const P = result.peers;
	const pc = (x, f) => (x == null ? 'n/a' : f(x));
	const cols = (get) => [
		get(P.timelinejs),
		get(P.leaflet),
		...main.map((k) => (built(k) ? get(R(k)) : NA_ROUTE)),
		get(P.floor)
	];
	const peerRows = ['BYTES'];
	peerRows.push(['total transfer, brotli', ...cols((r) => pc(r?.bytes?.total.br, kib))]);
	peerRows.push(['JavaScript, brotli', ...cols((r) => pc(r?.bytes?.js.br, kib))]);
	peerRows.push([
		'requests (third-party)',
		...cols((r) => (r?.bytes ? `${r.requests} (${r.thirdParty.length})` : 'n/a'))
	]);
	for (const p of ['mobile', 'desktop']) {
		peerRows.push(`LOADING, ${p}, median (min–max) of ${runs}`);
		peerRows.push(['largest contentful paint', ...cols((r) => spread(r?.[p]?.lcp, ms))]);
		peerRows.push(['total blocking time', ...cols((r) => spread(r?.[p]?.tbt, ms))]);
		peerRows.push(['cumulative layout shift', ...cols((r) => spread(r?.[p]?.cls, fixed(3)))]);
	}
	console.log('\nPEERS, same run, same server');
	console.log(table(['figure', 'TimelineJS', 'Leaflet', ...main.map((k) => `ours ${k}`), 'floor page'], peerRows));
	console.log(`floor page: ${P.setup.floor}.`);
	for (const k of routes.map((r) => r.key)) {
		if (R(k)?.thirdParty?.length) console.log(`${k}: third-party requests: ${R(k).thirdParty.join(', ')}`);
		if (R(k)?.failed?.length) console.log(`${k}: failed requests: ${R(k).failed.join(', ')}`);
	}
	const misses = result.budgets.filter((b) => b.pass === false);
	const measured = result.budgets.filter((b) => b.pass !== null).length;
	console.log(`\n${misses.length} budget${misses.length === 1 ? '' : 's'} missed of ${measured} measured.`);
}
