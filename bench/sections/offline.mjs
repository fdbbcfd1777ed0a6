// Offline start: navigation → home content with the network off, the app next to a static HTML
// copy of the same page (no JS) served by the same service worker. Reported as a paired ratio.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyMobileProfile, markTime, newContext } from '../lib/browser.mjs';
import { na, runs, summarized } from '../lib/rows.mjs';
import { makeBenchSite, staticCopyOfHome } from '../lib/site.mjs';
import { pairOrder, pairedRatio } from '../stats.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';

const SECTION = 'offline start';
const STATIC_PAGE = 'bench/static-home.html';
const MARK = 'yanhu:home-content';
/** Set when the home page has hydrated (src/routes/+page.svelte); the static copy has no such moment. */
const INTERACTIVE = 'yanhu:home-interactive';

/**
 * Installs the service worker (an online first visit), then warms both pages once.
 * @param {import('@playwright/test').Page} page
 * @param {string} origin
 */
export async function installWorker(page, origin) {
	await page.goto(`${origin}/`);
	await page.waitForFunction(
		() => navigator.serviceWorker?.controller?.state === 'activated',
		null,
		{ timeout: 60_000 }
	);
	// `ready` after control: the install (the whole precache) has finished.
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

/**
 * @param {import('../run.mjs').Context} ctx
 * @returns {Promise<import('../lib/rows.mjs').Row[]>}
 */
export async function offlineStart({ browser, runs: count, build, work, log }) {
	const html = await readFile(join(build.dir, 'index.html'), 'utf8');
	const site = await makeBenchSite({
		build: build.dir,
		dir: work,
		pages: { [STATIC_PAGE]: { text: staticCopyOfHome(html) } }
	});
	const server = await startStaticServer({ root: site.dir });
	const context = await newContext(browser);
	try {
		const page = await context.newPage();
		await installWorker(page, server.origin);
		const app = `${server.origin}/`;
		const reference = `${server.origin}/${STATIC_PAGE}`;
		await page.goto(reference);
		await markTime(page, MARK, 10_000);

		await context.setOffline(true);
		const seen = server.requests.length;
		await applyMobileProfile(page);
		/** @param {string} url @returns {Promise<number>} ms from navigation start to the mark */
		const timeTo = async (url) => {
			await page.goto(url, { waitUntil: 'commit' });
			return markTime(page, MARK, 30_000);
		};
		/** @type {number[]} */ const interactiveTimes = [];
		// One unmeasured pair: the first offline navigation pays one-off costs (worker start-up).
		await timeTo(app);
		await timeTo(reference);
		/** @type {number[]} */ const appTimes = [];
		/** @type {number[]} */ const staticTimes = [];
		for (let i = 0; i < count; i++) {
			for (const side of pairOrder(i)) {
				if (side === 'a') {
					appTimes.push(await timeTo(app));
					interactiveTimes.push(await markTime(page, INTERACTIVE, 30_000));
				} else staticTimes.push(await timeTo(reference));
			}
			log(`  offline start run ${i + 1}/${count}`);
		}
		const leaked = server.requests.slice(seen);
		if (leaked.length > 0) {
			return [na(SECTION, 'app vs static page', `server saw ${leaked.length} requests offline`)];
		}
		return [
			runs(SECTION, 'app: navigation → home content mark (CPU 4×, offline)', 'ms', appTimes),
			runs(SECTION, 'static HTML copy, same worker (CPU 4×, offline)', 'ms', staticTimes),
			runs(SECTION, 'app: navigation → home hydrated (CPU 4×, offline)', 'ms', interactiveTimes),
			summarized(SECTION, 'app ÷ static page', 'ratio', pairedRatio(appTimes, staticTimes), {
				budget: { op: '<=', limit: 1.2, label: '≤ 1.2×' }
			})
		];
	} finally {
		await context.close();
		await server.close();
	}
}
