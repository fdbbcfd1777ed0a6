// First visit on the mobile profile: what the home route costs to download, how soon its
// content shows, and how long until the service worker holds everything offline.
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { applyMobileProfile, markTime, newContext } from '../lib/browser.mjs';
import { reason } from '../lib/format.mjs';
import { na, fact, runs, single } from '../lib/rows.mjs';
import { precacheSize } from '../lib/site.mjs';
import { startGzipServer } from '../lib/gzip-server.mjs';

const SECTION = 'first visit';
const KB = 1024;
const MB = 1024 * 1024;

/** @param {Uint8Array} body @returns {number} gzip bytes (level 6, what CDNs and nginx use) */
const gz = (body) => gzipSync(body, { level: 6 }).length;

/**
 * @param {string} contentType
 * @param {string} url
 * @returns {'js' | 'css' | 'html' | 'other'}
 */
function kindOf(contentType, url) {
	if (/javascript/.test(contentType) || /\.m?js$/.test(url)) return 'js';
	if (/css/.test(contentType)) return 'css';
	if (/html/.test(contentType)) return 'html';
	return 'other';
}

/**
 * Vite's client manifest (SvelteKit writes it): which built files hold the content module and
 * which hold map code (maplibre-gl, pmtiles, the MapLibre worker).
 */
/** @param {Record<string, { file: string, name?: string }> | null} manifest */
function mapAndContentFiles(manifest) {
	if (!manifest) return null;
	const entries = Object.entries(manifest);
	const content = entries.find(([key]) => key === 'src/lib/content/index.ts')?.[1]?.file ?? null;
	const mapFiles = new Set(
		entries
			.filter(([key, e]) => /maplibre|pmtiles/i.test(`${key} ${e.name ?? ''} ${e.file}`))
			.map(([, e]) => e.file)
	);
	return { content, mapFiles };
}

/**
 * The bytes of the first visit, before the service worker starts its background precache:
 * the home page loaded with service workers blocked, every response until the network is idle
 * and the home content mark is set. Sizes are deterministic, so this is measured once.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 */
async function transfer(browser, origin) {
	const context = await newContext(browser, { serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		/** @type {Promise<{ url: string, kind: string, gz: number, raw: number }>[]} */
		const pending = [];
		page.on('response', (response) => {
			if (!response.url().startsWith(origin)) return;
			pending.push(
				response.body().then((body) => ({
					url: response.url().slice(origin.length),
					kind: kindOf(response.headers()['content-type'] ?? '', response.url()),
					gz: gz(body),
					raw: body.length
				}))
			);
		});
		await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
		await markTime(page, 'yanhu:home-content', 30_000).catch(() => NaN);
		await page.waitForLoadState('networkidle');
		return await Promise.all(pending);
	} finally {
		await context.close();
	}
}

/**
 * @param {import('../run.mjs').Context} ctx
 * @returns {Promise<import('../lib/rows.mjs').Row[]>}
 */
export async function firstVisit({ browser, runs: count, build, log }) {
	const BUILD = build.dir;
	/** @type {import('../lib/rows.mjs').Row[]} */
	const rows = [];
	const server = await startGzipServer({ root: BUILD });
	try {
		// Bytes (deterministic).
		try {
			const files = await transfer(browser, server.origin);
			const sum = (/** @type {string} */ kind) =>
				files.filter((f) => kind === 'all' || f.kind === kind).reduce((s, f) => s + f.gz, 0);
			const manifest = mapAndContentFiles(build.viteManifest);
			const contentUrl = manifest?.content ? `/${manifest.content}` : null;
			// The content chunk has its own budget; the home route's JS is the rest.
			const js =
				sum('js') - files.filter((f) => f.url === contentUrl).reduce((s, f) => s + f.gz, 0);
			rows.push(
				{
					...single(SECTION, 'home route JS (gz, excl. content chunk)', 'bytes', js, {
						budget: { op: '<=', limit: 80 * KB, label: '≤ 80 KB' },
						note: `${files.filter((f) => f.kind === 'js' && f.url !== contentUrl).length} files`
					}),
					// Which files, largest first: results.json says what to look at.
					details: files.sort((a, b) => b.gz - a.gz)
				},
				single(SECTION, 'home CSS transferred (gz)', 'bytes', sum('css')),
				single(SECTION, 'home HTML transferred (gz)', 'bytes', sum('html')),
				single(SECTION, 'other transferred (gz; icons, fonts, data)', 'bytes', sum('other')),
				single(SECTION, 'total before precache (gz)', 'bytes', sum('all'), {
					budget: { op: '<=', limit: 250 * KB, label: '≤ 250 KB' }
				})
			);
			if (!manifest) {
				rows.push(na(SECTION, 'content chunk (gz)', 'no Vite manifest in .svelte-kit/output'));
			} else {
				if (manifest.content) {
					const body = await readFile(join(BUILD, manifest.content));
					rows.push(
						single(SECTION, 'content chunk (gz)', 'bytes', gz(body), {
							budget: { op: '<=', limit: 60 * KB, label: '≤ 60 KB' }
						})
					);
				} else {
					rows.push(na(SECTION, 'content chunk (gz)', 'src/lib/content/index.ts not a chunk'));
				}
				const fetchedMap = files.filter(
					(f) => f.kind === 'js' && manifest.mapFiles.has(f.url.replace(/^\//, ''))
				);
				const inBuild = manifest.mapFiles.size;
				rows.push(
					fact(
						SECTION,
						"map code in the home route's JS",
						fetchedMap.length === 0,
						fetchedMap.length === 0
							? inBuild
								? `none (${inBuild} map files kept out)`
								: 'none (no map code in the build yet)'
							: fetchedMap.map((f) => f.url).join(', '),
						'none'
					)
				);
			}
		} catch (error) {
			rows.push(na(SECTION, 'bytes transferred', reason(error)));
		}

		// Static sizes: the default map pack and the full precache.
		try {
			const pack = join(BUILD, 'map', 'yanhu.pmtiles');
			if (existsSync(pack)) {
				rows.push(
					single(SECTION, 'default map pack', 'bytes', (await stat(pack)).size, {
						budget: { op: '<=', limit: 1 * MB, label: '≤ 1 MB' }
					})
				);
			} else rows.push(na(SECTION, 'default map pack', 'no build/map/yanhu.pmtiles'));
			const precache = await precacheSize(BUILD);
			rows.push(
				single(SECTION, 'full precache size', 'bytes', precache.bytes, {
					budget: { op: '<=', limit: 5 * MB, label: '≤ 5 MB' },
					note: `${precache.entries.length} files, uncompressed as cached`
				})
			);
		} catch (error) {
			rows.push(na(SECTION, 'full precache size', reason(error)));
		}

		// Timings on the mobile profile (CPU 4×, Fast 3G), a fresh profile per run.
		/** @type {number[]} */ const content = [];
		/** @type {number[]} */ const precached = [];
		/** @type {string | null} */ let contentProblem = null;
		/** @type {string | null} */ let precacheProblem = null;
		for (let i = 0; i < count; i++) {
			const context = await newContext(browser);
			try {
				const page = await context.newPage();
				await applyMobileProfile(page, { network: true });
				await page.goto(`${server.origin}/`, { waitUntil: 'commit', timeout: 120_000 });
				try {
					content.push(await markTime(page, 'yanhu:home-content', 120_000));
				} catch (error) {
					contentProblem = `no 'yanhu:home-content' mark: ${reason(error)}`;
				}
				try {
					// `ready` resolves once a worker is active, i.e. its install (the precache) is done.
					precached.push(
						await page.evaluate(
							() => navigator.serviceWorker.ready.then(() => performance.now()),
							undefined
						)
					);
				} catch (error) {
					precacheProblem = reason(error);
				}
			} finally {
				await context.close();
			}
			log(`  first visit run ${i + 1}/${count}`);
		}
		rows.push(
			content.length
				? runs(SECTION, 'home content visible (CPU 4×, Fast 3G)', 'ms', content)
				: na(SECTION, 'home content visible', contentProblem ?? 'no runs')
		);
		rows.push(
			precached.length
				? runs(SECTION, 'service worker precache complete (CPU 4×, Fast 3G)', 'ms', precached)
				: na(SECTION, 'service worker precache complete', precacheProblem ?? 'no runs')
		);
	} finally {
		await server.close();
	}
	return rows;
}
