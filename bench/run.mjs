// `npm run bench`: builds if needed, serves build/ on loopback, drives Debian Chromium and
// prints one table (also written to bench/results.json). A measurement, not a test: it exits 0
// whatever the figures are; each section reports "n/a (reason)" for what it cannot measure.
// Options: --runs N (default 5), --only a,b (section names), --rebuild.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium, ensureNodeModules } from '../scripts/lib/setup.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { reason } from './lib/format.mjs';
import { na, renderTable } from './lib/rows.mjs';
import { ROOT, ensureBuild, snapshotBuild } from './lib/site.mjs';

/**
 * What every section gets.
 * @typedef {{
 *   browser: import('@playwright/test').Browser,
 *   chromiumPath: string,
 *   runs: number,
 *   build: { dir: string, viteManifest: Record<string, { file: string, name?: string, src?: string }> | null },
 *   work: string,
 *   log: (line: string) => void
 * }} Context
 */

/** @param {string[]} argv */
function parseArgs(argv) {
	/** @type {{ runs: number, only: string[] | null, rebuild: boolean }} */
	const options = { runs: 5, only: null, rebuild: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--runs') options.runs = Number(argv[++i]);
		else if (arg.startsWith('--runs=')) options.runs = Number(arg.slice(7));
		else if (arg === '--only') options.only = String(argv[++i]).split(',');
		else if (arg.startsWith('--only=')) options.only = arg.slice(7).split(',');
		else if (arg === '--rebuild') options.rebuild = true;
	}
	if (!Number.isInteger(options.runs) || options.runs < 1) {
		throw new Error('--runs wants a whole number ≥ 1');
	}
	return options;
}

/** @param {string} line */
const log = (line) => console.error(line);

/** @type {{ name: string, title: string, load: () => Promise<(ctx: Context) => Promise<import('./lib/rows.mjs').Row[]>> }[]} */
const SECTIONS = [
	{
		name: 'first-visit',
		title: 'first visit',
		load: async () => (await import('./sections/first-visit.mjs')).firstVisit
	},
	{
		name: 'offline',
		title: 'offline start',
		load: async () => (await import('./sections/offline.mjs')).offlineStart
	},
	{ name: 'map', title: 'map', load: async () => (await import('./sections/map.mjs')).mapIdle },
	{ name: 'data', title: 'data', load: async () => (await import('./sections/data.mjs')).data },
	{
		name: 'sharing',
		title: 'sharing',
		load: async () => (await import('./sections/sharing.mjs')).sharing
	},
	{
		name: 'lighthouse',
		title: 'lighthouse',
		load: async () => (await import('./sections/lighthouse.mjs')).lighthouse
	}
];

function gitCommit() {
	try {
		const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			cwd: ROOT,
			encoding: 'utf8'
		});
		const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'static'], {
			cwd: ROOT,
			encoding: 'utf8'
		});
		return `${head.trim()}${dirty.trim() ? ' + uncommitted src/static changes' : ''}`;
	} catch {
		return 'unknown';
	}
}

async function main() {
	const started = Date.now();
	const options = parseArgs(process.argv.slice(2));
	process.chdir(ROOT);
	ensureNodeModules();
	const chromiumPath = ensureChromium();
	const build = await ensureBuild({ force: options.rebuild, log });
	const work = await mkdtemp(join(tmpdir(), 'yanhu-bench-'));
	const snapshot = await snapshotBuild(join(work, 'build'));
	const browser = await launchBrowser(chromiumPath);
	/** @type {import('./lib/rows.mjs').Row[]} */
	const rows = [];
	/** @type {Record<string, number>} seconds per section */
	const durations = {};
	try {
		for (const section of SECTIONS) {
			if (options.only && !options.only.includes(section.name)) continue;
			const sectionStart = Date.now();
			log(`▶ ${section.title}`);
			try {
				const measure = await section.load();
				rows.push(
					...(await measure({
						browser,
						chromiumPath,
						runs: options.runs,
						build: snapshot,
						work: join(work, section.name),
						log
					}))
				);
			} catch (error) {
				// One missing feature or broken section never stops the run.
				log(`  ${section.title} failed: ${error instanceof Error ? error.stack : error}`);
				rows.push(na(section.title, '(whole section)', reason(error)));
			}
			durations[section.name] = Math.round((Date.now() - sectionStart) / 1000);
		}
	} finally {
		await browser.close();
		await rm(work, { recursive: true, force: true });
	}
	const meta = {
		date: new Date().toISOString(),
		commit: gitCommit(),
		build: build.note ?? (build.built ? 'built for this run' : 'existing build/ (up to date)'),
		runs: options.runs,
		chromium: browser.version(),
		node: process.version,
		cpus: cpus().length,
		loadAverageAtEnd: loadavg().map((v) => Math.round(v * 100) / 100),
		seconds: Math.round((Date.now() - started) / 1000),
		sectionSeconds: durations
	};
	const table = renderTable(rows);
	console.log(table);
	const failed = rows.filter((r) => r.pass === false).length;
	const passed = rows.filter((r) => r.pass === true).length;
	console.log(
		`\nbudgets: ${passed} ✓, ${failed} ✗ · median of ${options.runs} runs (min, max) · ` +
			`Chromium ${meta.chromium}, ${meta.cpus} CPUs, load ${meta.loadAverageAtEnd.join(' ')} · ` +
			`${meta.commit} · ${meta.seconds} s`
	);
	await writeFile(
		join(ROOT, 'bench', 'results.json'),
		JSON.stringify({ meta, rows, table }, null, '\t') + '\n'
	);
}

main().catch((error) => {
	// Even a failed setup prints why and exits 0: the bench measures, it does not gate.
	console.error(error instanceof Error ? error.stack : error);
	console.log(`bench: n/a (${reason(error)})`);
});
