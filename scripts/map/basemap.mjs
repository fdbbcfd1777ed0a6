/**
 * Checks a deployer's street basemap (static/map/basemap.pmtiles): a `pmtiles extract` of the
 * Protomaps planet build. The style switches to @protomaps/basemaps layers only when it is there
 * and really holds the Protomaps schema.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { PMTiles, TileType } from 'pmtiles';

/** Source layers the Protomaps style cannot do without. */
export const PROTOMAPS_REQUIRED_LAYERS = ['earth', 'water', 'roads', 'places'];

/**
 * A pmtiles Source that reads a local file at offsets (no need to load 60 MB into memory).
 * @param {string} path
 * @returns {import('pmtiles').Source}
 */
export function fileSource(path) {
	return {
		getKey: () => path,
		getBytes: async (offset, length) => {
			const fd = openSync(path, 'r');
			try {
				const buf = Buffer.alloc(length);
				const n = readSync(fd, buf, 0, length, offset);
				return { data: buf.buffer.slice(buf.byteOffset, buf.byteOffset + n) };
			} finally {
				closeSync(fd);
			}
		}
	};
}

/**
 * @typedef {{ path: string, bytes: number, minZoom: number, maxZoom: number,
 *   bounds: [number, number, number, number], layers: string[] }} BasemapInfo
 */

/**
 * Describes the basemap at `file` (served at `urlPath`), or throws why it cannot be used.
 * @param {string} file
 * @param {string} urlPath
 * @returns {Promise<BasemapInfo>}
 */
export async function inspectBasemap(file, urlPath) {
	const archive = new PMTiles(fileSource(file));
	const header = await archive.getHeader();
	if (header.tileType !== TileType.Mvt) throw new Error(`${file}: not a vector-tile archive`);
	const meta = /** @type {{ vector_layers?: { id: string }[] }} */ (await archive.getMetadata());
	const layers = (meta.vector_layers ?? []).map((l) => l.id).sort();
	const missing = PROTOMAPS_REQUIRED_LAYERS.filter((id) => !layers.includes(id));
	if (missing.length) {
		throw new Error(`${file}: not the Protomaps schema (missing layers ${missing.join(', ')})`);
	}
	return {
		path: urlPath,
		bytes: statSync(file).size,
		minZoom: header.minZoom,
		maxZoom: header.maxZoom,
		bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
		layers
	};
}
