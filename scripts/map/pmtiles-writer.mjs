/**
 * A small PMTiles v3 writer (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md).
 * No npm writer works on Node 20 here, so we keep our own; tests read every tile back through the
 * official `pmtiles` reader. Output is deterministic: same tiles in, same bytes out.
 *
 * Layout: header (127 B) | root directory | JSON metadata | leaf directories | tile data.
 * Tile data is clustered (ordered by tile id) and deduplicated by content.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export const HEADER_BYTES = 127;
/** The reader fetches the first 16 KiB: header and root directory must fit in it. */
export const FIRST_FETCH_BYTES = 16384;

export const Compression = /** @type {const} */ ({ None: 1, Gzip: 2 });
export const TileType = /** @type {const} */ ({ Mvt: 1, Png: 2 });

/**
 * @typedef {{ z: number, x: number, y: number, data: Uint8Array }} TileInput
 *   `data` is stored as given: compress it first if `tileCompression` says so.
 * @typedef {{ tileId: number, offset: number, length: number, runLength: number }} Entry
 * @typedef {{
 *   tileType: number,
 *   tileCompression: number,
 *   minZoom: number,
 *   maxZoom: number,
 *   bounds: [number, number, number, number],
 *   center: [number, number, number]
 * }} ArchiveInfo  bounds: west, south, east, north (WGS84 degrees); center: lon, lat, zoom
 */

/**
 * Rotates/flips a quadrant so the Hilbert curve stays continuous.
 * @param {number} n @param {number} x @param {number} y @param {number} rx @param {number} ry
 * @returns {[number, number]}
 */
function rotate(n, x, y, rx, ry) {
	if (ry === 0) {
		if (rx !== 0) return [n - 1 - y, n - 1 - x];
		return [y, x];
	}
	return [x, y];
}

/**
 * The PMTiles tile id: tiles of all lower zooms first, then the Hilbert index within zoom z.
 * @param {number} z @param {number} x @param {number} y
 * @returns {number}
 */
export function zxyToTileId(z, x, y) {
	if (z > 26) throw new Error('zoom above 26 exceeds safe integers');
	const side = 2 ** z;
	if (x < 0 || y < 0 || x >= side || y >= side) throw new Error(`tile ${z}/${x}/${y} out of range`);
	let acc = (side * side - 1) / 3;
	let tx = x;
	let ty = y;
	for (let s = side / 2; s >= 1; s /= 2) {
		const rx = (tx & s) > 0 ? 1 : 0;
		const ry = (ty & s) > 0 ? 1 : 0;
		acc += s * s * ((3 * rx) ^ ry);
		[tx, ty] = rotate(s, tx, ty, rx, ry);
	}
	return acc;
}

/**
 * Appends an unsigned LEB128 varint; arithmetic instead of bit ops keeps values above 2^31 exact.
 * @param {number[]} out @param {number} value
 */
function writeVarint(out, value) {
	let v = value;
	while (v >= 0x80) {
		out.push((v % 0x80) | 0x80);
		v = Math.floor(v / 0x80);
	}
	out.push(v);
}

/**
 * Serialises directory entries (before compression), as the spec lays them out column by column.
 * @param {Entry[]} entries
 * @returns {Uint8Array}
 */
export function serializeDirectory(entries) {
	/** @type {number[]} */
	const out = [];
	writeVarint(out, entries.length);
	let lastId = 0;
	for (const e of entries) {
		writeVarint(out, e.tileId - lastId);
		lastId = e.tileId;
	}
	for (const e of entries) writeVarint(out, e.runLength);
	for (const e of entries) writeVarint(out, e.length);
	/** @type {Entry | undefined} */
	let prev;
	for (const e of entries) {
		// 0 means "directly after the previous entry"; otherwise offset + 1.
		if (prev && e.offset === prev.offset + prev.length) writeVarint(out, 0);
		else writeVarint(out, e.offset + 1);
		prev = e;
	}
	return Uint8Array.from(out);
}

/** Gzip with fixed settings: Node's gzip header carries no timestamp, so bytes are reproducible. */
const gzip = (/** @type {Uint8Array} */ b) => new Uint8Array(gzipSync(b, { level: 9 }));

/**
 * Splits entries into leaf directories until the root fits in the first fetch.
 * @param {Entry[]} entries
 * @param {number} rootLimit bytes available for the compressed root directory
 * @param {number} leafSize entries per leaf to start with
 * @returns {{ root: Uint8Array, leaves: Uint8Array }}
 */
function buildDirectories(entries, rootLimit, leafSize) {
	const root = gzip(serializeDirectory(entries));
	if (root.length <= rootLimit) return { root, leaves: new Uint8Array(0) };
	for (let size = leafSize; ; size *= 2) {
		/** @type {Entry[]} */
		const rootEntries = [];
		/** @type {Uint8Array[]} */
		const leafParts = [];
		let offset = 0;
		for (let i = 0; i < entries.length; i += size) {
			const chunk = entries.slice(i, i + size);
			const leaf = gzip(serializeDirectory(chunk));
			const first = /** @type {Entry} */ (chunk[0]);
			rootEntries.push({ tileId: first.tileId, offset, length: leaf.length, runLength: 0 });
			leafParts.push(leaf);
			offset += leaf.length;
		}
		const rootBytes = gzip(serializeDirectory(rootEntries));
		if (rootBytes.length <= rootLimit) return { root: rootBytes, leaves: concat(leafParts) };
		if (size > entries.length) throw new Error('root directory cannot fit in 16 KiB');
	}
}

/** @param {Uint8Array[]} parts */
function concat(parts) {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/**
 * Writes a complete archive.
 * @param {TileInput[]} tiles
 * @param {ArchiveInfo} info
 * @param {Record<string, unknown>} metadata JSON metadata (vector_layers, attribution, …)
 * @param {{ rootLimit?: number, leafSize?: number }} [options] test seams for the leaf-directory path
 * @returns {Uint8Array}
 */
export function writePmtiles(tiles, info, metadata, options = {}) {
	const rootLimit = options.rootLimit ?? FIRST_FETCH_BYTES - HEADER_BYTES;
	const sorted = tiles
		.map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), data: t.data }))
		.sort((a, b) => a.id - b.id);
	/** @type {Map<string, { offset: number, length: number }>} */
	const contents = new Map();
	/** @type {Uint8Array[]} */
	const dataParts = [];
	/** @type {Entry[]} */
	const entries = [];
	let dataLength = 0;
	/** @type {number | undefined} */
	let lastId;
	for (const { id, data } of sorted) {
		if (id === lastId) throw new Error(`duplicate tile id ${id}`);
		lastId = id;
		const hash = createHash('sha256').update(data).digest('hex');
		let content = contents.get(hash);
		if (!content) {
			content = { offset: dataLength, length: data.length };
			contents.set(hash, content);
			dataParts.push(data);
			dataLength += data.length;
		}
		const last = entries[entries.length - 1];
		if (last && last.offset === content.offset && last.tileId + last.runLength === id) {
			last.runLength++;
		} else {
			entries.push({ tileId: id, offset: content.offset, length: content.length, runLength: 1 });
		}
	}
	if (entries.length === 0) throw new Error('an archive needs at least one tile');

	const { root, leaves } = buildDirectories(entries, rootLimit, options.leafSize ?? 4096);
	const meta = gzip(new TextEncoder().encode(JSON.stringify(metadata)));
	const tileData = concat(dataParts);

	const rootOffset = HEADER_BYTES;
	const metaOffset = rootOffset + root.length;
	const leafOffset = metaOffset + meta.length;
	const dataOffset = leafOffset + leaves.length;

	const header = new DataView(new ArrayBuffer(HEADER_BYTES));
	const magic = new TextEncoder().encode('PMTiles');
	magic.forEach((b, i) => header.setUint8(i, b));
	header.setUint8(7, 3);
	const u64 = (/** @type {number} */ at, /** @type {number} */ v) => {
		header.setUint32(at, v % 2 ** 32, true);
		header.setUint32(at + 4, Math.floor(v / 2 ** 32), true);
	};
	u64(8, rootOffset);
	u64(16, root.length);
	u64(24, metaOffset);
	u64(32, meta.length);
	u64(40, leafOffset);
	u64(48, leaves.length);
	u64(56, dataOffset);
	u64(64, tileData.length);
	u64(72, sorted.length);
	u64(80, entries.length);
	u64(88, contents.size);
	header.setUint8(96, 1); // clustered
	header.setUint8(97, Compression.Gzip); // internal (directories, metadata)
	header.setUint8(98, info.tileCompression);
	header.setUint8(99, info.tileType);
	header.setUint8(100, info.minZoom);
	header.setUint8(101, info.maxZoom);
	const e7 = (/** @type {number} */ deg) => Math.round(deg * 1e7);
	header.setInt32(102, e7(info.bounds[0]), true);
	header.setInt32(106, e7(info.bounds[1]), true);
	header.setInt32(110, e7(info.bounds[2]), true);
	header.setInt32(114, e7(info.bounds[3]), true);
	header.setUint8(118, info.center[2]);
	header.setInt32(119, e7(info.center[0]), true);
	header.setInt32(123, e7(info.center[1]), true);

	return concat([new Uint8Array(header.buffer), root, meta, leaves, tileData]);
}
