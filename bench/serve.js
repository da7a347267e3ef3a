/**
 * A small static file server for the bench: serves build/ at "/", and extra folders under
 * path prefixes (the peers' pages and the 10,000-site build under /__bench/...).
 * Uncompressed, HTTP/1.1, correct Content-Type and Content-Length, directories with a
 * trailing slash serve their index.html, a directory without one redirects to it (as static
 * hosts do). Byte figures are computed separately with zlib (see measure.js).
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Compressed copies of served files, keyed by path, mtime, size and encoding. */
const encoded = new Map();
function encode(file, stat, encoding) {
	const key = `${file}:${stat.mtimeMs}:${stat.size}:${encoding}`;
	let body = encoded.get(key);
	if (!body) {
		const raw = fs.readFileSync(file);
		body =
			encoding === 'br'
				? zlib.brotliCompressSync(raw, {
						params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length }
					})
				: zlib.gzipSync(raw, { level: 9 });
		encoded.set(key, body);
	}
	return body;
}
const COMPRESSIBLE =
	/^(text\/|application\/(json|geo\+json|xml|manifest\+json)|image\/svg\+xml|font\/ttf|font\/otf|application\/vnd\.ms-fontobject)/;

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.otf': 'font/otf',
	'.eot': 'application/vnd.ms-fontobject',
	'.webmanifest': 'application/manifest+json'
};

export const contentType = (file) => TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * Starts the server on 127.0.0.1 and a free port.
 * Like a CDN, text responses are sent compressed (brotli q11 when the browser accepts it, else
 * gzip -9), precompressed once per file and cached; a mount with `compress: false` (the
 * 10,000-site build, loaded without network throttling) is sent as it is.
 * @param {{ prefix: string, dir: string, compress?: boolean }[]} mounts prefix ends with "/"
 * @returns {Promise<{ origin: string, close: () => Promise<void>, resolve: (urlPath: string) => string | null }>}
 */
export async function startServer(mounts, onRequest = null) {
	const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);

	/** The file a URL path maps to, or null; a directory maps to its index.html. */
	function resolve(urlPath) {
		let pathname;
		try {
			pathname = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
		} catch {
			return null;
		}
		const mount = sorted.find((m) => pathname.startsWith(m.prefix));
		if (!mount) return null;
		const root = path.resolve(mount.dir);
		const file = path.resolve(root, '.' + pathname.slice(mount.prefix.length - 1));
		if (file !== root && !file.startsWith(root + path.sep)) return null;
		return file;
	}

	const server = http.createServer((req, res) => {
		if (onRequest) onRequest(req);
		const send = (status, body, headers = {}) => {
			res.writeHead(status, {
				'Content-Length': Buffer.byteLength(body),
				'Content-Type': 'text/plain; charset=utf-8',
				...headers
			});
			res.end(req.method === 'HEAD' ? undefined : body);
		};
		if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
		const url = new URL(req.url, 'http://localhost');
		let file = resolve(url.pathname);
		if (!file) return send(404, 'not found');
		let stat;
		try {
			stat = fs.statSync(file);
		} catch {
			return send(404, 'not found');
		}
		if (stat.isDirectory()) {
			if (!url.pathname.endsWith('/')) return send(301, 'moved', { Location: url.pathname + '/' + url.search });
			file = path.join(file, 'index.html');
			try {
				stat = fs.statSync(file);
			} catch {
				return send(404, 'not found');
			}
		}
		const type = contentType(file);
		const accept = String(req.headers['accept-encoding'] ?? '');
		const mount = sorted.find((m) => url.pathname.startsWith(m.prefix));
		const encoding =
			mount?.compress === false || !COMPRESSIBLE.test(type) || stat.size < 256
				? null
				: /\bbr\b/.test(accept)
					? 'br'
					: /\bgzip\b/.test(accept)
						? 'gzip'
						: null;
		const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
		if (encoding) {
			let body;
			try {
				body = encode(file, stat, encoding);
			} catch {
				return send(404, 'not found');
			}
			res.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': body.length });
			return res.end(req.method === 'HEAD' ? undefined : body);
		}
		res.writeHead(200, { ...headers, 'Content-Length': stat.size });
		if (req.method === 'HEAD') return res.end();
		fs.createReadStream(file).pipe(res);
	});
	server.keepAliveTimeout = 30_000;
	await new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', ok);
	});
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
	const sockets = new Set();
	server.on('connection', (s) => {
		sockets.add(s);
		s.on('close', () => sockets.delete(s));
	});
	return {
		origin: `http://127.0.0.1:${port}`,
		resolve,
		close: () =>
			new Promise((ok) => {
				for (const s of sockets) s.destroy();
				server.close(() => ok());
			})
	};
}

/** Compresses every compressible file under `dir` ahead of the measurements (brotli and gzip). */
export function precompress(dir) {
	const walk = (d) => {
		for (const e of fs.readdirSync(d, { withFileTypes: true })) {
			const p = path.join(d, e.name);
			if (e.isDirectory()) walk(p);
			else {
				try {
					const stat = fs.statSync(p);
					if (!COMPRESSIBLE.test(contentType(p)) || stat.size < 256 || p.endsWith('.map')) continue;
					encode(p, stat, 'br');
					encode(p, stat, 'gzip');
				} catch {
					/* removed meanwhile: served (or 404) on demand */
				}
			}
		}
	};
	walk(dir);
}
