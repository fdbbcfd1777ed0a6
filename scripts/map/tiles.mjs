/**
 * Cuts GeoJSON layers into gzipped Mapbox Vector Tiles over a box, with @maplibre/geojson-vt and
 * vt-pbf. Pure apart from its inputs: same layers in, same bytes out.
 */
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { GeoJSONVT } from '@maplibre/geojson-vt';

/** vt-pbf ships no types; it takes geojson-vt tiles and returns MVT bytes. */
const vtpbf =
	/** @type {{ fromGeojsonVt: (layers: Record<string, unknown>, options: { version: number, extent: number }) => Uint8Array }} */ (
		createRequire(import.meta.url)('vt-pbf')
	);

/** MVT extent (tile units per side) and buffer (tile units beyond each edge), the usual values. */
const EXTENT = 4096;
const BUFFER = 64;

/** @param {number} lon @param {number} z */
export const lonToTileX = (lon, z) => Math.floor(((lon + 180) / 360) * 2 ** z);
/** @param {number} lat @param {number} z */
export const latToTileY = (lat, z) => {
	const r = (lat * Math.PI) / 180;
	return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

/**
 * Every z/x/y covering a box, low zoom first.
 * @param {[number, number, number, number]} bbox west, south, east, north (WGS84 degrees)
 * @param {number} minZoom @param {number} maxZoom
 * @returns {{ z: number, x: number, y: number }[]}
 */
export function tilesCovering(bbox, minZoom, maxZoom) {
	const out = [];
	for (let z = minZoom; z <= maxZoom; z++) {
		const x0 = lonToTileX(bbox[0], z);
		const x1 = lonToTileX(bbox[2], z);
		const y0 = latToTileY(bbox[3], z);
		const y1 = latToTileY(bbox[1], z);
		for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push({ z, x, y });
	}
	return out;
}

/**
 * @typedef {{ type: 'FeatureCollection', features: any[] }} FeatureCollection
 * @typedef {{ id: string, data: FeatureCollection, minZoom?: number, maxZoom?: number }} LayerInput
 */

/**
 * Builds one gzipped MVT per covering tile that holds any feature (empty tiles are left out:
 * the pmtiles protocol answers a missing vector tile with an empty one).
 * @param {LayerInput[]} layers
 * @param {{ bbox: [number, number, number, number], minZoom: number, maxZoom: number }} range
 * @returns {{ tiles: { z: number, x: number, y: number, data: Uint8Array }[], rawBytes: number }}
 */
export function buildVectorTiles(layers, range) {
	const indexes = layers.map((l) => ({
		...l,
		index: new GeoJSONVT(/** @type {any} */ (l.data), {
			maxZoom: range.maxZoom,
			indexMaxZoom: 5,
			extent: EXTENT,
			buffer: BUFFER,
			tolerance: 3
		})
	}));
	const tiles = [];
	let rawBytes = 0;
	for (const { z, x, y } of tilesCovering(range.bbox, range.minZoom, range.maxZoom)) {
		/** @type {Record<string, any>} */
		const content = {};
		for (const l of indexes) {
			if (z < (l.minZoom ?? 0) || z > (l.maxZoom ?? range.maxZoom)) continue;
			const tile = l.index.getTile(z, x, y);
			if (tile && tile.features.length) content[l.id] = tile;
		}
		if (!Object.keys(content).length) continue;
		const mvt = vtpbf.fromGeojsonVt(content, { version: 2, extent: EXTENT });
		rawBytes += mvt.length;
		tiles.push({ z, x, y, data: new Uint8Array(gzipSync(mvt, { level: 9 })) });
	}
	return { tiles, rawBytes };
}

/**
 * The `vector_layers` metadata entry MapLibre and inspectors read: field names and types.
 * @param {LayerInput[]} layers @param {number} maxZoom
 */
export function vectorLayersMeta(layers, maxZoom) {
	return layers.map((l) => {
		/** @type {Record<string, string>} */
		const fields = {};
		for (const f of l.data.features) {
			for (const [k, v] of Object.entries(f.properties ?? {})) {
				fields[k] =
					typeof v === 'number' ? 'Number' : typeof v === 'boolean' ? 'Boolean' : 'String';
			}
		}
		return { id: l.id, fields, minzoom: l.minZoom ?? 0, maxzoom: l.maxZoom ?? maxZoom };
	});
}
