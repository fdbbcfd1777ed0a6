// build/ served like a CDN does: gzip for text when the browser asks for it. The shared static
// server sends files as they are, which would make every first-visit figure (and Lighthouse)
// pay for uncompressed JS that no real host would send. This is a loopback proxy in front of it.
import { createServer, request } from 'node:http';
import { createGzip } from 'node:zlib';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';

const COMPRESSIBLE = /text|javascript|json|css|svg|xml|manifest/;

/**
 * @param {{ root: string }} options
 * @returns {Promise<{ origin: string, requests: string[], close: () => Promise<void> }>}
 */
export async function startGzipServer({ root }) {
	const inner = await startStaticServer({ root });
	const target = new URL(inner.origin);
	const server = createServer((req, res) => {
		const upstream = request(
			{
				host: target.hostname,
				port: target.port,
				path: req.url,
				method: req.method,
				headers: { ...req.headers, 'accept-encoding': 'identity' }
			},
			(answer) => {
				const type = String(answer.headers['content-type'] ?? '');
				const gzip =
					answer.statusCode === 200 &&
					req.method === 'GET' &&
					COMPRESSIBLE.test(type) &&
					/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
				if (!gzip) {
					res.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(res);
					return;
				}
				const headers = { ...answer.headers, 'content-encoding': 'gzip', vary: 'accept-encoding' };
				delete headers['content-length'];
				delete headers['accept-ranges'];
				res.writeHead(200, headers);
				answer.pipe(createGzip({ level: 6 })).pipe(res);
			}
		);
		upstream.on('error', () => res.writeHead(502).end());
		req.pipe(upstream);
	});
	await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		origin: `http://127.0.0.1:${port}`,
		requests: inner.requests,
		close: async () => {
			server.closeAllConnections();
			await new Promise((ok) => server.close(() => ok(undefined)));
			await inner.close();
		}
	};
}
