import { PMTiles, zxyToTileId as officialTileId } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import {
	Compression,
	TileType,
	writePmtiles,
	zxyToTileId
} from '../../../scripts/map/pmtiles-writer.mjs';
import { bufferSource } from './buffer-source';
import { createRng } from './rng';

const INFO = {
	tileType: TileType.Mvt,
	tileCompression: Compression.None,
	minZoom: 0,
	maxZoom: 8,
	bounds: [110.7, 34.78, 111.25, 35.4] as [number, number, number, number],
	center: [110.99, 35.02, 6] as [number, number, number]
};

/** Every tile of zooms 0..maxZoom inside the first `limit` rows, with small distinct bodies. */
function fixtureTiles(maxZoom: number, rng: () => number) {
	const tiles: { z: number; x: number; y: number; data: Uint8Array }[] = [];
	for (let z = 0; z <= maxZoom; z++) {
		const side = 2 ** z;
		for (let x = 0; x < Math.min(side, 24); x++) {
			for (let y = 0; y < Math.min(side, 24); y++) {
				// Every fifth tile repeats one body, to exercise dedupe and run lengths.
				const body =
					(x + y) % 5 === 0 ? 'ocean' : `${z}/${x}/${y}:${Math.floor(rng() * 1e9).toString(36)}`;
				tiles.push({ z, x, y, data: new TextEncoder().encode(body) });
			}
		}
	}
	return tiles;
}

async function expectRoundTrip(
	tiles: { z: number; x: number; y: number; data: Uint8Array }[],
	archive: Uint8Array
) {
	const reader = new PMTiles(bufferSource(archive));
	for (const t of tiles) {
		const got = await reader.getZxy(t.z, t.x, t.y);
		expect(got, `${t.z}/${t.x}/${t.y}`).toBeDefined();
		expect(new Uint8Array(got!.data)).toEqual(t.data);
	}
}

describe('zxyToTileId', () => {
	it('matches the official reader on 3,000 seeded random tiles and on the corners', () => {
		const rng = createRng(4);
		for (let i = 0; i < 3000; i++) {
			const z = Math.floor(rng() * 21);
			const x = Math.floor(rng() * 2 ** z);
			const y = Math.floor(rng() * 2 ** z);
			expect(zxyToTileId(z, x, y)).toBe(officialTileId(z, x, y));
		}
		for (const z of [0, 1, 7, 14, 26]) {
			const m = 2 ** z - 1;
			for (const [x, y] of <[number, number][]>[
				[0, 0],
				[m, 0],
				[0, m],
				[m, m]
			]) {
				expect(zxyToTileId(z, x, y)).toBe(officialTileId(z, x, y));
			}
		}
	});

	it('rejects tiles outside their zoom', () => {
		expect(() => zxyToTileId(3, 8, 0)).toThrow();
	});
});

describe('writePmtiles', () => {
	it('reads every tile back byte for byte through the official reader (root directory only)', async () => {
		const tiles = fixtureTiles(6, createRng(1));
		const archive = writePmtiles(tiles, INFO, { name: 'fixture' });
		const reader = new PMTiles(bufferSource(archive));
		const header = await reader.getHeader();
		expect(header.specVersion).toBe(3);
		expect(header.leafDirectoryLength).toBe(0);
		expect(header.numAddressedTiles).toBe(tiles.length);
		expect(header.numTileContents).toBeLessThan(tiles.length);
		expect(header.clustered).toBe(true);
		expect(header.minLon).toBeCloseTo(110.7, 6);
		expect(header.maxLat).toBeCloseTo(35.4, 6);
		expect(header.centerZoom).toBe(6);
		expect(await reader.getMetadata()).toEqual({ name: 'fixture' });
		await expectRoundTrip(tiles, archive);
		expect(await reader.getZxy(7, 0, 0)).toBeUndefined();
	});

	it('reads every tile back through leaf directories when the root would not fit', async () => {
		const tiles = fixtureTiles(8, createRng(2));
		const archive = writePmtiles(tiles, INFO, {}, { rootLimit: 200, leafSize: 64 });
		const header = await new PMTiles(bufferSource(archive)).getHeader();
		expect(header.leafDirectoryLength).toBeGreaterThan(0);
		expect(header.rootDirectoryLength).toBeLessThanOrEqual(200);
		await expectRoundTrip(tiles, archive);
	});

	it('stores gzipped tiles as given, and the reader inflates them', async () => {
		const raw = new TextEncoder().encode('a vector tile, honestly');
		const gz = new Uint8Array((await import('node:zlib')).gzipSync(raw));
		const archive = writePmtiles(
			[{ z: 0, x: 0, y: 0, data: gz }],
			{
				...INFO,
				tileCompression: Compression.Gzip
			},
			{}
		);
		const got = await new PMTiles(bufferSource(archive)).getZxy(0, 0, 0);
		expect(new Uint8Array(got!.data)).toEqual(raw);
		expect(gunzipSync(gz)).toEqual(Buffer.from(raw));
	});

	it('is deterministic and independent of input order', () => {
		const tiles = fixtureTiles(5, createRng(3));
		const a = writePmtiles(tiles, INFO, { v: 1 });
		const b = writePmtiles([...tiles].reverse(), INFO, { v: 1 });
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
	});

	it('refuses duplicate tiles and empty archives', () => {
		const t = { z: 1, x: 0, y: 0, data: new Uint8Array([1]) };
		expect(() => writePmtiles([t, t], INFO, {})).toThrow(/duplicate/);
		expect(() => writePmtiles([], INFO, {})).toThrow();
	});
});
