/** Small statistics and formatting helpers for the bench. */
export const median = (xs) => {
	const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (!v.length) return null;
	const m = v.length >> 1;
	return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
/** Nearest-rank percentile (p in 0..100). */
export const percentile = (xs, p) => {
	const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (!v.length) return null;
	return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
};
export const min = (xs) => {
	const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
	return v.length ? Math.min(...v) : null;
};
export const max = (xs) => {
	const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
	return v.length ? Math.max(...v) : null;
};
/** { median, min, max, n } of the numbers in xs. */
export const summary = (xs) => ({
	median: median(xs),
	min: min(xs),
	max: max(xs),
	n: xs.filter((x) => typeof x === 'number').length
});

export const kib = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1024).toFixed(1)} KiB`);
export const ms = (x) => (x == null ? 'n/a' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);
export const fixed = (d) => (x) => (x == null ? 'n/a' : x.toFixed(d));

/** "median (min–max)" when there are several runs, else the one value. */
export function spread(s, fmt) {
	if (!s || s.median == null) return 'n/a';
	if (s.n <= 1 || s.min === s.max) return fmt(s.median);
	const bare = (x) => fmt(x).replace(/ (ms|KiB|s)$/, '');
	const unit = (fmt(s.median).match(/ (ms|KiB|s)$/) || [''])[0];
	return `${bare(s.median)} (${bare(s.min)}–${bare(s.max)})${unit}`;
}

/** Prints rows as a fixed-width table; a row that is a string is a section heading. */
export function table(header, rows) {
	const widths = header.map((h, i) =>
		Math.max(h.length, ...rows.filter(Array.isArray).map((r) => String(r[i] ?? '').length))
	);
	const line = (cells) =>
		cells
			.map((c, i) => String(c ?? '').padEnd(widths[i]))
			.join('  ')
			.trimEnd();
	const total = widths.reduce((a, b) => a + b + 2, -2);
	const out = [line(header), '-'.repeat(total)];
	for (const r of rows) out.push(Array.isArray(r) ? line(r) : `\n${r}`);
	return out.join('\n');
}
