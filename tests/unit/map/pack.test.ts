import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles } from 'pmtiles';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PACK_BBOX, PACK_MAX_ZOOM, packLayers } from '../../../scripts/map/build.mjs';
import { buildVectorTiles, lonToTileX, latToTileY } from '../../../scripts/map/tiles.mjs';
import { bufferSource } from './buffer-source';

const pack = new Uint8Array(
	readFileSync(new URL('../../../static/map/yanhu.pmtiles', import.meta.url))
);

describe('static/map/yanhu.pmtiles', () => {
	it('stays within the 1 MB budget', () => {
		expect(pack.length).toBeLessThanOrEqual(1024 * 1024);
	});

	it('holds exactly the tiles map:build makes from data/geo, byte for byte', async () => {
		const { tiles } = buildVectorTiles(packLayers(), {
			bbox: PACK_BBOX,
			minZoom: 0,
			maxZoom: PACK_MAX_ZOOM
		});
		const reader = new PMTiles(bufferSource(pack));
		const header = await reader.getHeader();
		expect(header.numAddressedTiles).toBe(tiles.length);
		expect(header.maxZoom).toBe(14);
		for (const t of tiles) {
			const got = await reader.getZxy(t.z, t.x, t.y);
			expect(new Uint8Array(got!.data)).toEqual(new Uint8Array(gunzipSync(t.data)));
		}
	});

	it('draws the district outline and the Salt Lake in the tile over the lake at z12', async () => {
		const z = 12;
		const x = lonToTileX(110.99, z);
		const y = latToTileY(34.98, z);
		const got = await new PMTiles(bufferSource(pack)).getZxy(z, x, y);
		const tile = new VectorTile(new PbfReader(new Uint8Array(got!.data)));
		const names = (layer: string) =>
			Array.from({ length: tile.layers[layer]?.length ?? 0 }, (_, i) =>
				String(tile.layers[layer]!.feature(i).properties.name ?? '')
			);
		expect(names('boundary')).toContain('盐湖区');
		expect(names('water')).toContain('运城盐湖');
	});

	it('describes its layers and attribution in the metadata', async () => {
		const meta = (await new PMTiles(bufferSource(pack)).getMetadata()) as {
			vector_layers: { id: string }[];
			attribution: string;
		};
		expect(meta.vector_layers.map((l) => l.id)).toEqual(['boundary', 'water', 'waterway', 'label']);
		expect(meta.attribution).toMatch(/GSHHG/);
	});
});
