/**
 * The peers' pages, generated into bench/.work/peers/ from the same data as the site:
 *  - timelinejs/: Knight Lab TimelineJS3 (npm @knight-lab/timelinejs, dist JS/CSS copied
 *    from node_modules) with every action of data/actions.json (date, title, summary, in
 *    English), data inline in the page, default options except script_path, which points at
 *    the local copy so the library's own CSS/fonts file is loaded from this server. That
 *    file (font.default.css) still points at fonts.gstatic.com: those requests are blocked
 *    by the bench and reported as the peer's third-party requests.
 *  - leaflet/: Leaflet 1.9.4 (npm leaflet, dist copied), no tile layer, the countries of
 *    world-atlas countries-110m pre-converted to GeoJSON in Node (topojson-client) and
 *    fetched as countries.geojson, and every site of data/sites.json as a circleMarker with
 *    a popup (sites inline in the page).
 *  - floor/: not a peer but a yardstick, one paragraph of text and nothing else (0.3 KiB,
 *    one request): what the profile, the browser and the bench's own instrumentation cost a
 *    page that does nothing, so the loading figures above it read as distance from it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
/** JSON safe inside a <script> element. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** A page of the bench's own: the same head for all (no favicon request), then its own parts. */
const page = (title, head, body) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="icon" href="data:,">
${head}</head>
<body>
${body}</body>
</html>
`;

function dateParts(date) {
	const [year, month, day] = date.split('-').map(Number);
	const out = { year };
	if (month) out.month = month;
	if (day) out.day = day;
	return out;
}

export function writePeers(root, workDir) {
	const out = path.join(workDir, 'peers');
	fs.rmSync(out, { recursive: true, force: true });
	const actions = JSON.parse(fs.readFileSync(path.join(root, 'data/actions.json'), 'utf8'));
	const sites = JSON.parse(fs.readFileSync(path.join(root, 'data/sites.json'), 'utf8'));

	// TimelineJS3
	const tlPkg = path.dirname(require.resolve('@knight-lab/timelinejs/package.json', { paths: [root] }));
	const tl = path.join(out, 'timelinejs');
	fs.mkdirSync(path.join(tl, 'js/locale'), { recursive: true });
	fs.mkdirSync(path.join(tl, 'css/fonts'), { recursive: true });
	fs.copyFileSync(path.join(tlPkg, 'dist/js/timeline.js'), path.join(tl, 'js/timeline.js'));
	for (const f of fs.readdirSync(path.join(tlPkg, 'dist/js/locale')))
		fs.copyFileSync(path.join(tlPkg, 'dist/js/locale', f), path.join(tl, 'js/locale', f));
	fs.copyFileSync(path.join(tlPkg, 'dist/css/timeline.css'), path.join(tl, 'css/timeline.css'));
	fs.copyFileSync(path.join(tlPkg, 'dist/css/fonts/font.default.css'), path.join(tl, 'css/fonts/font.default.css'));
	fs.cpSync(path.join(tlPkg, 'dist/css/icons'), path.join(tl, 'css/icons'), { recursive: true });
	const timeline = {
		title: { text: { headline: 'Data Borders', text: 'Regulatory actions on cloud data' } },
		events: actions.map((a) => ({
			unique_id: a.id,
			start_date: dateParts(a.date),
			text: { headline: esc(a.title.en), text: esc(a.summary.en) }
		}))
	};
	fs.writeFileSync(
		path.join(tl, 'index.html'),
		page(
			'TimelineJS3 peer: Data Borders actions',
			`<link rel="stylesheet" href="css/timeline.css">
<script src="js/timeline.js"></script>
<style>html,body{height:100%;margin:0;padding:0}#timeline-embed{height:100%}</style>
`,
			`<div id="timeline-embed"></div>
<script>
var data = ${scriptJson(timeline)};
window.timeline = new TL.Timeline('timeline-embed', data, { script_path: new URL('js/', location.href).href });
</script>
`
		)
	);

	// Leaflet
	const lfPkg = path.dirname(require.resolve('leaflet/package.json', { paths: [root] }));
	const lf = path.join(out, 'leaflet');
	fs.mkdirSync(lf, { recursive: true });
	fs.copyFileSync(path.join(lfPkg, 'dist/leaflet.js'), path.join(lf, 'leaflet.js'));
	fs.copyFileSync(path.join(lfPkg, 'dist/leaflet.css'), path.join(lf, 'leaflet.css'));
	fs.cpSync(path.join(lfPkg, 'dist/images'), path.join(lf, 'images'), { recursive: true });
	const topojson = require(require.resolve('topojson-client', { paths: [root] }));
	const topology = JSON.parse(
		fs.readFileSync(require.resolve('world-atlas/countries-110m.json', { paths: [root] }), 'utf8')
	);
	fs.writeFileSync(
		path.join(lf, 'countries.geojson'),
		JSON.stringify(topojson.feature(topology, topology.objects.countries))
	);
	const points = sites.map((s) => [s.coordinates[1], s.coordinates[0], s.name, s.opened]);
	fs.writeFileSync(
		path.join(lf, 'index.html'),
		page(
			'Leaflet peer: Data Borders sites',
			`<link rel="stylesheet" href="leaflet.css">
<script src="leaflet.js"></script>
<style>html,body{height:100%;margin:0}#map{height:100%;background:#dfe9f0}</style>
`,
			`<h1 style="position:absolute;z-index:1000;left:50px;top:0;margin:8px;font:600 16px system-ui">Cloud data centres</h1>
<div id="map"></div>
<script>
var sites = ${scriptJson(points)};
var map = L.map('map', { worldCopyJump: false }).setView([25, 10], 2);
fetch('countries.geojson').then(function (r) { return r.json(); }).then(function (countries) {
	L.geoJSON(countries, { style: { color: '#889', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 } }).addTo(map);
	sites.forEach(function (s) {
		L.circleMarker([s[0], s[1]], { radius: 4, color: '#b3261e', weight: 1, fillOpacity: 0.8 })
			.bindPopup(s[2] + ' (opened ' + s[3] + ')').addTo(map);
	});
	window.peerReady = performance.now();
});
</script>
`
		)
	);
	// The floor: one paragraph, no script, no stylesheet, no image.
	const floor = path.join(out, 'floor');
	fs.mkdirSync(floor, { recursive: true });
	fs.writeFileSync(
		path.join(floor, 'index.html'),
		page(
			'Floor: one paragraph',
			'',
			`<p style="font:1.1rem/1.4 system-ui;margin:1rem">Cloud data centres and the laws that reach them: one paragraph and nothing else, painted as soon as the page arrives.</p>
`
		)
	);
	return {
		timelinejs: '/__bench/peers/timelinejs/',
		leaflet: '/__bench/peers/leaflet/',
		floor: '/__bench/peers/floor/',
		events: timeline.events.length,
		sites: points.length
	};
}
