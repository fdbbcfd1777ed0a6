import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../../scripts/lib/static-server.mjs';

let server: Awaited<ReturnType<typeof startStaticServer>>;
const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));

beforeAll(async () => {
	const root = await mkdtemp(join(tmpdir(), 'yanhu-static-'));
	await writeFile(join(root, '200.html'), '<p>shell</p>');
	await writeFile(join(root, 'en.html'), '<p>en</p>');
	await writeFile(join(root, 'pack.pmtiles'), bytes);
	server = await startStaticServer({ root });
});
afterAll(() => server.close());

describe('static server for build/', () => {
	it('serves prerendered pages without their .html and falls back to 200.html', async () => {
		expect(await (await fetch(`${server.origin}/en`)).text()).toBe('<p>en</p>');
		const fallback = await fetch(`${server.origin}/share/abc`);
		expect(fallback.status).toBe(200);
		expect(await fallback.text()).toBe('<p>shell</p>');
	});

	it('answers a byte range with 206 and Content-Range, as pmtiles needs', async () => {
		const response = await fetch(`${server.origin}/pack.pmtiles`, {
			headers: { range: 'bytes=10-19' }
		});
		expect(response.status).toBe(206);
		expect(response.headers.get('content-range')).toBe('bytes 10-19/1000');
		expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes.subarray(10, 20));
	});

	it('clamps a range past the end and refuses one that starts past it', async () => {
		const clamped = await fetch(`${server.origin}/pack.pmtiles`, {
			headers: { range: 'bytes=990-5000' }
		});
		expect(clamped.status).toBe(206);
		expect(clamped.headers.get('content-range')).toBe('bytes 990-999/1000');
		const refused = await fetch(`${server.origin}/pack.pmtiles`, {
			headers: { range: 'bytes=2000-' }
		});
		expect(refused.status).toBe(416);
		expect(refused.headers.get('content-range')).toBe('bytes */1000');
	});

	it('does not serve files outside its folder', async () => {
		const response = await fetch(`${server.origin}/..%2F..%2Fetc%2Fpasswd`);
		expect(await response.text()).toBe('<p>shell</p>');
	});
});
