// Map: time to the first `idle` offline on the app's /map, next to a bare MapLibre page that
// loads the same pack with the same style, both precached by the same service worker.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { applyMobileProfile, newContext } from '../lib/browser.mjs';
import { reason } from '../lib/format.mjs';
import { na, runs, summarized } from '../lib/rows.mjs';
import { buildBenchPage, makeBenchSite } from '../lib/site.mjs';
import { pairOrder, pairedRatio } from '../stats.mjs';
import { installWorker } from './offline.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';

const SECTION = 'map';
const BARE_PAGE = 'bench/map/bare-map.html';

/**
 * Runs before any page script: when MapView installs `window.__yanhuMap` (its test hook), note
 * the time its first `idle` resolves, in ms since navigation start.
 */
function recordAppIdle() {
	/** @type {any} */
	const w = window;
	let hook;
	Object.defineProperty(w, '__yanhuMap', {
		configurable: true,
		get: () => hook,
		set: (value) => {
			hook = value;
			value?.idle?.then(() => {
				w.__benchAppIdle = {
					idleAt: performance.now(),
					features: Object.values(value.featureCountByLayer?.() ?? {}).reduce(
						(/** @type {number} */ s, /** @type {number} */ n) => s + n,
						0
					)
				};
			});
		}
	});
}

/**
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 * @param {'__benchAppIdle' | '__benchMap'} key
 * @returns {Promise<number>} ms from navigation start to idle
 */
async function idleTime(page, url, key) {
	await page.goto(url, { waitUntil: 'commit' });
	const handle = await page.waitForFunction(
		(name) => {
			/** @type {any} */
			const found = /** @type {any} */ (window)[name];
			if (found?.error) return { error: found.error };
			return found?.idleAt !== undefined ? found : null;
		},
		key,
		{ timeout: 60_000, polling: 50 }
	);
	const value = await handle.jsonValue();
	if (value.error) throw new Error(`${url}: ${value.error}`);
	if (!(value.features > 0)) throw new Error(`${url} went idle with no features drawn`);
	return value.idleAt;
}

/**
 * @param {import('../run.mjs').Context} ctx
 * @returns {Promise<import('../lib/rows.mjs').Row[]>}
 */
export async function mapIdle({ browser, runs: count, build, work, log }) {
	const budget = /** @type {const} */ ({ op: '<=', limit: 1.3, label: '≤ 1.3×' });
	// Probe: the map page is prerendered as map.html (build/map/ alone is the pack folder).
	// YANHU_BENCH_MAP_PATH points the "app" side elsewhere (checking the bench itself).
	const appPath = process.env.YANHU_BENCH_MAP_PATH ?? '/map';
	if (!process.env.YANHU_BENCH_MAP_PATH && !existsSync(join(build.dir, 'map.html'))) {
		return [
			na(SECTION, 'idle offline: /map ÷ bare MapLibre', 'no /map page in the build yet', { budget })
		];
	}
	const bareDir = join(work, 'bare-map');
	try {
		await buildBenchPage({ name: 'bare-map', outDir: bareDir, base: '/bench/map/' });
	} catch (error) {
		return [na(SECTION, 'idle offline: /map ÷ bare MapLibre', `bare page build: ${reason(error)}`)];
	}
	const site = await makeBenchSite({
		build: build.dir,
		dir: join(work, 'site'),
		pages: { 'bench/map': bareDir }
	});
	const server = await startStaticServer({ root: site.dir });
	const context = await newContext(browser);
	try {
		await context.addInitScript(recordAppIdle);
		const page = await context.newPage();
		await installWorker(page, server.origin);
		const app = `${server.origin}${appPath}`;
		const bare = `${server.origin}/${BARE_PAGE}`;
		// Online once each, so anything the pages fetch at run time is cached, then offline.
		await idleTime(page, app, appPath === '/map' ? '__benchAppIdle' : '__benchMap');
		await idleTime(page, bare, '__benchMap');
		await context.setOffline(true);
		const seen = server.requests.length;
		await applyMobileProfile(page);
		const appKey = appPath === '/map' ? '__benchAppIdle' : '__benchMap';
		await idleTime(page, app, appKey);
		await idleTime(page, bare, '__benchMap');
		/** @type {number[]} */ const appTimes = [];
		/** @type {number[]} */ const bareTimes = [];
		for (let i = 0; i < count; i++) {
			for (const side of pairOrder(i)) {
				if (side === 'a') appTimes.push(await idleTime(page, app, appKey));
				else bareTimes.push(await idleTime(page, bare, '__benchMap'));
			}
			log(`  map run ${i + 1}/${count}`);
		}
		if (server.requests.length > seen) {
			return [
				na(SECTION, 'idle offline', `server saw ${server.requests.length - seen} requests offline`)
			];
		}
		return [
			runs(SECTION, `${appPath}: navigation → idle (CPU 4×, offline)`, 'ms', appTimes),
			runs(SECTION, 'bare MapLibre, same pack + style (CPU 4×, offline)', 'ms', bareTimes),
			summarized(SECTION, `${appPath} ÷ bare MapLibre`, 'ratio', pairedRatio(appTimes, bareTimes), {
				budget
			})
		];
	} finally {
		await context.close();
		await server.close();
	}
}
