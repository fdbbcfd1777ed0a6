// Data: the app's real data code in Chromium on real IndexedDB (bench/browser/data.ts, built
// with Vite into a temp folder and served on loopback), on the mobile CPU (4× slower).
import { join } from 'node:path';
import { applyMobileProfile, newContext } from '../lib/browser.mjs';
import { reason } from '../lib/format.mjs';
import { na, runs } from '../lib/rows.mjs';
import { buildBenchPage } from '../lib/site.mjs';
import { percentile, summarize } from '../stats.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';

const SECTION = 'data';

/**
 * Builds and opens the data page; `measure(name)` runs one figure there.
 * @param {import('../run.mjs').Context} ctx
 */
export async function openDataPage({ browser, work }) {
	const outDir = join(work, 'data-page');
	await buildBenchPage({ name: 'data', outDir, base: '/' });
	const server = await startStaticServer({ root: outDir });
	const context = await newContext(browser, { serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(`${server.origin}/data.html`);
	await page.waitForFunction(() => 'ok' in { ok: /** @type {any} */ (window).__bench });
	return {
		page,
		/**
		 * @param {string} name @param {number} count
		 * @returns {Promise<{ na: string } | { samples: Record<string, number[]>, info?: Record<string, unknown> }>}
		 */
		measure: (name, count) =>
			page.evaluate(
				([n, c]) => window.__bench.run(n, c),
				/** @type {[string, number]} */ ([name, count])
			),
		close: async () => {
			await context.close();
			await server.close();
		}
	};
}

/**
 * @param {import('../run.mjs').Context} ctx
 * @returns {Promise<import('../lib/rows.mjs').Row[]>}
 */
export async function data(ctx) {
	const { runs: count, log } = ctx;
	/** @type {import('../lib/rows.mjs').Row[]} */
	const rows = [];
	let opened;
	try {
		opened = await openDataPage(ctx);
	} catch (error) {
		return [na(SECTION, '(whole section)', `data page: ${reason(error)}`)];
	}
	try {
		await applyMobileProfile(opened.page);
		/** @param {string} name */
		const measure = async (name) => {
			log(`  data: ${name}`);
			try {
				return await opened.measure(name, count);
			} catch (error) {
				return { na: reason(error) };
			}
		};

		const seed = await measure('seed');
		rows.push(
			'na' in seed
				? na(SECTION, 'seed content into a fresh IndexedDB', seed.na)
				: runs(SECTION, 'seed content into a fresh IndexedDB (CPU 4×)', 'ms', seed.samples.ms, {
						budget: { op: '<=', limit: 150, label: '≤ 150 ms' },
						note: `${seed.info?.places} places`
					})
		);

		const seasons = await measure('suggestions');
		if ('na' in seasons) rows.push(na(SECTION, 'suggestionsFor(date)', seasons.na));
		else {
			rows.push(
				runs(
					SECTION,
					'suggestionsFor(date), rules from IndexedDB (CPU 4×)',
					'ms',
					seasons.samples.withDb,
					{
						budget: { op: '<=', limit: 5, label: '≤ 5 ms' },
						note: 'mean of 12 dates per run'
					}
				),
				runs(
					SECTION,
					'suggestionsFor(rules, date), domain only (CPU 4×)',
					'ms',
					seasons.samples.pure
				)
			);
		}

		const search = await measure('search');
		if ('na' in search)
			rows.push(na(SECTION, 'search, content + 10,000 places (p50/p95)', search.na));
		else {
			const q = search.samples.query;
			rows.push(
				runs(
					SECTION,
					'search index build, content + 10,000 places (CPU 4×)',
					'ms',
					search.samples.build
				),
				{
					...runs(SECTION, 'search query p50 (CPU 4×)', 'ms', q, { note: `${q.length} queries` }),
					summary: { ...summarize(q), median: percentile(q, 50) }
				},
				{
					...runs(SECTION, 'search query p95 (CPU 4×)', 'ms', q),
					summary: { ...summarize(q), median: percentile(q, 95) }
				}
			);
		}

		const favourites = await measure('favourites');
		rows.push(
			'na' in favourites
				? na(SECTION, '1,000 favourites sorted by distance', favourites.na)
				: runs(SECTION, '1,000 favourites sorted by distance (CPU 4×)', 'ms', favourites.samples.ms)
		);

		const backup = await measure('backup');
		if ('na' in backup)
			rows.push(na(SECTION, 'backup + restore, 1,000 favourites + 50 routes', backup.na));
		else {
			rows.push(
				runs(
					SECTION,
					'backup of 1,000 favourites + 50 routes (CPU 4×)',
					'ms',
					backup.samples.exportMs
				),
				runs(
					SECTION,
					'restore of the same into a fresh database (CPU 4×)',
					'ms',
					backup.samples.restoreMs
				)
			);
		}
	} finally {
		await opened.close();
	}
	return rows;
}
