// A plain static server for the built site, as a CDN or a teacher's laptop would serve it:
// folders answer with their index.html, nothing is rewritten. Usage: node serve.js DIR PORT [PREFIX]
// PREFIX (default "/") serves DIR under a sub-path, as a copied build folder would be.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'build', port = '4173', prefix = '/'] = process.argv.slice(2);
const root = resolve(dir);
/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml'
};

const server = createServer(async (req, res) => {
	try {
		const full = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!full.startsWith(prefix)) throw new Error('outside the prefix');
		const path = full.slice(prefix.length - 1);
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) throw new Error('outside');
		if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
		const body = await readFile(file);
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': body.length
		});
		res.end(req.method === 'HEAD' ? undefined : body);
	} catch {
		res.writeHead(404, { 'content-type': 'text/plain' });
		res.end('not found');
	}
});
// Port 0 takes a free port; the line printed names the one taken.
server.listen(Number(port), '127.0.0.1', () => {
	const address = server.address();
	const taken = typeof address === 'object' && address ? address.port : port;
	console.log(`serving ${root} on http://127.0.0.1:${taken}${prefix}`);
});
