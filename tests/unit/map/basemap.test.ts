import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectBasemap } from '../../../scripts/map/basemap.mjs';
import { Compression, TileType, writePmtiles } from '../../../scripts/map/pmtiles-writer.mjs';
import { buildVectorTiles, vectorLayersMeta } from '../../../scripts/map/tiles.mjs';
import { buildStyle } from '$lib/map/style';

const dir = mkdtempSync(join(tmpdir(), 'yanhu-basemap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BOX: [number, number, number, number] = [110.95, 35.0, 111.0, 35.04];
const fc = (features: object[]) => ({ type: 'FeatureCollection' as const, features });
const square = {
	type: 'Polygon',
	coordinates: [
		[
			[110.95, 35.0],
			[111.0, 35.0],
			[111.0, 35.04],
			[110.95, 35.04],
			[110.95, 35.0]
		]
	]
};

/** A tiny synthetic archive in the Protomaps schema (layer and property names, not real data). */
function syntheticProtomaps(layerIds: string[]) {
	const layers = layerIds.map((id) => ({
		id,
		data: fc([
			{
				type: 'Feature',
				properties: { kind: id === 'roads' ? 'major_road' : 'land', name: 'test', min_zoom: 0 },
				geometry:
					id === 'roads'
						? {
								type: 'LineString',
								coordinates: [
									[110.95, 35.02],
									[111.0, 35.02]
								]
							}
						: id === 'places'
							? { type: 'Point', coordinates: [110.97, 35.02] }
							: square
			}
		])
	}));
	const { tiles } = buildVectorTiles(layers, { bbox: BOX, minZoom: 0, maxZoom: 6 });
	return writePmtiles(
		tiles,
		{
			tileType: TileType.Mvt,
			tileCompression: Compression.Gzip,
			minZoom: 0,
			maxZoom: 6,
			bounds: BOX,
			center: [110.97, 35.02, 6]
		},
		{ vector_layers: vectorLayersMeta(layers, 6) }
	);
}

const PROTOMAPS = [
	'boundaries',
	'buildings',
	'earth',
	'landcover',
	'landuse',
	'places',
	'pois',
	'roads',
	'water'
];

describe('street basemap switch', () => {
	it('accepts a Protomaps-schema archive, and the style it switches to uses only its layers', async () => {
		const file = join(dir, 'basemap.pmtiles');
		writeFileSync(file, syntheticProtomaps(PROTOMAPS));
		const info = await inspectBasemap(file, '/map/basemap.pmtiles');
		expect(info.layers).toEqual(PROTOMAPS);
		expect(info.maxZoom).toBe(6);

		const style = buildStyle({ origin: 'https://a.example', hasBasemap: true, locale: 'zh-CN' });
		expect(validateStyleMin(style)).toEqual([]);
		const used = new Set(
			style.layers.flatMap((l) =>
				'source' in l && l.source === 'basemap' && 'source-layer' in l ? [l['source-layer']] : []
			)
		);
		for (const layer of used) expect(info.layers).toContain(layer);
	});

	it('refuses an archive in another schema (e.g. our own pack)', async () => {
		const file = join(dir, 'other.pmtiles');
		writeFileSync(file, syntheticProtomaps(['boundary', 'water', 'label']));
		await expect(inspectBasemap(file, '/map/basemap.pmtiles')).rejects.toThrow(/Protomaps schema/);
	});
});
