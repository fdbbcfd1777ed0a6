// Lighthouse 12.2.3 (pinned; 13 needs Node 22) on the home and on an itinerary page: its default
// mobile run (simulated slow 4G, 4× CPU) against the production build/ on loopback, in Debian
// Chromium launched by chrome-launcher with STACK.md's flags. Pages alternate run by run.
import { readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../lib/browser.mjs';
import { reason } from '../lib/format.mjs';
import { na, runs } from '../lib/rows.mjs';
import { startGzipServer } from '../lib/gzip-server.mjs';

const SECTION = 'lighthouse';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** @type {Record<string, import('../lib/rows.mjs').Budget>} */
const BUDGETS = {
	performance: { op: '>=', limit: 95, label: '≥ 95' },
	accessibility: { op: '>=', limit: 100, label: '= 100' }
};

/**
 * The first prerendered itinerary page (base locale), or null before itineraries exist.
 * @param {string} build
 * @returns {Promise<string | null>} a URL path
 */
async function itineraryPath(build) {
	const dir = join(build, 'itineraries');
	if (!existsSync(dir)) return null;
	const pages = (await readdir(dir)).filter((f) => f.endsWith('.html')).sort();
	return pages.length ? `/itineraries/${pages[0].replace(/\.html$/, '')}` : null;
}

/**
 * @param {import('../run.mjs').Context} ctx
 * @returns {Promise<import('../lib/rows.mjs').Row[]>}
 */
export async function lighthouse({ chromiumPath, runs: count, build, log }) {
	const { default: runLighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const itinerary = await itineraryPath(build.dir);
	/** @type {{ label: string, path: string }[]} */
	const pages = [{ label: 'home', path: '/' }];
	if (itinerary) pages.push({ label: `itinerary ${itinerary}`, path: itinerary });
	/** @type {Record<string, Record<string, number[]>>} */
	const scores = Object.fromEntries(
		pages.map((p) => [p.label, Object.fromEntries(CATEGORIES.map((c) => [c, []]))])
	);
	/** @type {Record<string, string>} */
	const problems = {};

	const server = await startGzipServer({ root: build.dir });
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
		logLevel: 'silent'
	});
	try {
		for (let i = 0; i < count; i++) {
			// Alternate which page goes first, as elsewhere.
			const order = i % 2 === 0 ? pages : [...pages].reverse();
			for (const page of order) {
				try {
					const result = await runLighthouse(
						`${server.origin}${page.path}`,
						{
							port: chrome.port,
							output: 'json',
							logLevel: 'error',
							onlyCategories: CATEGORIES,
							locale: 'en-US'
						},
						undefined
					);
					const categories = result?.lhr.categories ?? {};
					for (const c of CATEGORIES) {
						const score = categories[c]?.score;
						if (typeof score === 'number') scores[page.label][c].push(Math.round(score * 100));
					}
					if (result?.lhr.runtimeError) problems[page.label] = result.lhr.runtimeError.message;
				} catch (error) {
					problems[page.label] = reason(error);
				}
			}
			log(`  lighthouse run ${i + 1}/${count}`);
		}
	} finally {
		await chrome.kill();
		await server.close();
	}
	/** @type {import('../lib/rows.mjs').Row[]} */
	const rows = [];
	for (const page of pages) {
		for (const c of CATEGORIES) {
			const samples = scores[page.label][c];
			rows.push(
				samples.length
					? runs(SECTION, `${page.label}: ${c}`, 'score', samples, { budget: BUDGETS[c] })
					: na(SECTION, `${page.label}: ${c}`, problems[page.label] ?? 'no score', {
							budget: BUDGETS[c]
						})
			);
		}
	}
	if (!itinerary) rows.push(na(SECTION, 'itinerary page', 'no prerendered itinerary page yet'));
	return rows;
}
