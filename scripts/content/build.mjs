// Builds src/lib/content/bundle.json from the hand-written files in src/lib/content/source/:
// every LocalizedText without a hand-written zh-TW gets one converted from zh-CN with opencc-js
// (Simplified → Traditional, Taiwan phrases). The app imports only bundle.json, so opencc's
// dictionaries never reach the browser.
//
//   node scripts/content/build.mjs           write the bundle
//   node scripts/content/build.mjs --check   exit 1 when the committed bundle is stale
//
// Validation (sources, translations, district box, precision) runs in the unit tests and in the
// app build through validateContentBundle (src/lib/domain/content-schema.ts).
//
// It also writes (or checks) src/lib/domain/lunar-table.ts from lunar-javascript (lunar-table.mjs).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { fillTraditional, makeConverter } from './traditional.mjs';
import { lunarTableSource, TABLE_PATH } from './lunar-table.mjs';

const root = new URL('../../src/lib/content/', import.meta.url);
const COLLECTIONS = [
	['places', 'places.json'],
	['dishes', 'dishes.json'],
	['itineraries', 'itineraries.json'],
	['seasonalRules', 'seasonal-rules.json']
];

async function readSources() {
	const records = {};
	for (const [key, file] of COLLECTIONS) {
		records[key] = JSON.parse(await readFile(new URL(`source/${file}`, root), 'utf8'));
	}
	return records;
}

async function format(json, filepath) {
	try {
		const prettier = await import('prettier');
		const options = (await prettier.resolveConfig(filepath)) ?? {};
		return await prettier.format(json, { ...options, filepath });
	} catch {
		return json; // prettier missing: still a valid bundle, only the layout differs
	}
}

export async function buildBundleJson() {
	const records = fillTraditional(await readSources(), makeConverter());
	const target = fileURLToPath(new URL('bundle.json', root));
	return { target, text: await format(`${JSON.stringify(records, null, '\t')}\n`, target) };
}

const { target, text } = await buildBundleJson();
const lunarTable = lunarTableSource();
if (process.argv.includes('--check')) {
	const current = await readFile(target, 'utf8').catch(() => '');
	if (current !== text) {
		console.error('src/lib/content/bundle.json is stale: run `npm run content:build`.');
		process.exit(1);
	}
	if ((await readFile(TABLE_PATH, 'utf8').catch(() => '')) !== lunarTable) {
		console.error('src/lib/domain/lunar-table.ts is stale: run `npm run content:build`.');
		process.exit(1);
	}
	console.log('content bundle and lunar table are up to date');
} else {
	await writeFile(target, text);
	console.log(`wrote ${target}`);
	await writeFile(TABLE_PATH, lunarTable);
	console.log(`wrote ${TABLE_PATH}`);
}
