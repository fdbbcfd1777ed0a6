// A small static server for build/: what `npm start`, the browser tests and the benchmark use.
// `vite preview` serves .svelte-kit/output instead of build/ (no 200.html there, see STACK.md).
// It answers Range requests with 206, because pmtiles reads the map pack in ranges.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.pmtiles': 'application/octet-stream',
	'.txt': 'text/plain; charset=utf-8',
	'.gpx': 'application/gpx+xml',
	'.kml': 'application/vnd.google-earth.kml+xml'
};

/** @param {string} file */
async function fileSize(file) {
	try {
		const info = await stat(file);
		return info.isFile() ? info.size : -1;
	} catch {
		return -1;
	}
}

/**
 * Finds the file for a URL path the way static hosts do: the file itself, `path.html`,
 * `path/index.html`, else the SPA fallback 200.html.
 * @param {string} root @param {string} pathname
 */
async function resolveFile(root, pathname) {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
	const base = join(root, clean);
	if (base !== root && !base.startsWith(root + sep)) return null;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		const size = await fileSize(candidate);
		if (size >= 0) return { file: candidate, size, fallback: false };
	}
	const fallback = join(root, '200.html');
	const size = await fileSize(fallback);
	return size >= 0 ? { file: fallback, size, fallback: true } : null;
}

/**
 * @param {{ root: string, port?: number, host?: string, log?: (line: string) => void }} options
 * @returns {Promise<{ origin: string, port: number, requests: string[], close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, port = 0, host = '127.0.0.1', log }) {
	const dir = resolve(root);
	/** @type {string[]} every request path seen, for tests that prove nothing was fetched */
	const requests = [];
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		requests.push(url.pathname + url.search);
		log?.(`${req.method} ${url.pathname}${url.search}`);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405).end();
			return;
		}
		const found = await resolveFile(dir, url.pathname);
		if (!found) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		const headers = {
			'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream',
			'accept-ranges': 'bytes',
			// The worker script and pages must be revalidated; hashed assets may be cached for ever.
			'cache-control': url.pathname.startsWith('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		};
		const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
		if (range && !found.fallback) {
			const size = found.size;
			let start = range[1] === '' ? size - Number(range[2]) : Number(range[1]);
			let end = range[1] !== '' && range[2] !== '' ? Number(range[2]) : size - 1;
			end = Math.min(end, size - 1);
			if (start < 0) start = 0;
			if (start >= size || start > end) {
				res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
				return;
			}
			res.writeHead(206, {
				...headers,
				'content-range': `bytes ${start}-${end}/${size}`,
				'content-length': String(end - start + 1)
			});
			if (req.method === 'HEAD') res.end();
			else createReadStream(found.file, { start, end }).pipe(res);
			return;
		}
		res.writeHead(200, { ...headers, 'content-length': String(found.size) });
		if (req.method === 'HEAD') res.end();
		else createReadStream(found.file).pipe(res);
	});
	await new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => ok(undefined));
	});
	const address = server.address();
	const boundPort = typeof address === 'object' && address ? address.port : port;
	return {
		origin: `http://${host}:${boundPort}`,
		port: boundPort,
		requests,
		close: () =>
			new Promise((ok) => {
				server.closeAllConnections();
				server.close(() => ok(undefined));
			})
	};
}
