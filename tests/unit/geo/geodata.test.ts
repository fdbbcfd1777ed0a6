import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaKm2, containsPoint, geometryBbox } from '../../../scripts/geo/geodesy.mjs';

const read = (name: string) =>
	JSON.parse(readFileSync(new URL(`../../../data/geo/${name}`, import.meta.url), 'utf8'));

const boundaries = read('boundaries.geojson');
const water = read('water.geojson');
type Feature = {
	properties: Record<string, string>;
	geometry: { type: string; coordinates: number[][][] };
};

const yanhu = (boundaries.features as Feature[]).find((f) => f.properties.adcode === '140802')!;
const saltLake = (water.features as Feature[]).find((f) => f.properties.name === '运城盐湖')!;

describe('data/geo', () => {
	it('gives Yanhu District an area near the official 1,237 km²', () => {
		const km2 = areaKm2(yanhu.geometry);
		expect(km2).toBeGreaterThan(1150);
		expect(km2).toBeLessThan(1300);
	});

	it('puts the whole district inside the pack box, in WGS84 (not shifted east by GCJ-02)', () => {
		const [w, s, e, n] = geometryBbox(yanhu.geometry);
		expect(w).toBeGreaterThan(110.7);
		expect(s).toBeGreaterThan(34.78);
		expect(e).toBeLessThan(111.25);
		expect(n).toBeLessThan(35.4);
		// The GCJ-02 source's west edge is at 110.742°; WGS84 lies ~530 m (~0.0058°) west of it.
		expect(w).toBeCloseTo(110.742 - 0.0058, 2);
	});

	it('has the Salt Lake inside the district, about 35 km² (GSHHG)', () => {
		expect(saltLake).toBeDefined();
		expect(areaKm2(saltLake.geometry)).toBeGreaterThan(25);
		expect(areaKm2(saltLake.geometry)).toBeLessThan(45);
		for (const c of saltLake.geometry.coordinates[0]!.slice(0, 20)) {
			expect(containsPoint(c, yanhu.geometry)).toBe(true);
		}
	});

	it('contains the Xiezhou Guandi Temple (34.9106 N, 110.8433 E) in Yanhu, not in a neighbour', () => {
		const temple = [110.843333, 34.910556];
		expect(containsPoint(temple, yanhu.geometry)).toBe(true);
		for (const f of boundaries.features) {
			if (f !== yanhu) expect(containsPoint(temple, f.geometry)).toBe(false);
		}
	});

	it('names every outline in zh-CN, en and zh-Hant', () => {
		for (const f of boundaries.features) {
			expect(f.properties.name).toMatch(/[区县市]$/);
			expect(f.properties['name:en']).toMatch(/^[A-Z]/);
			expect(f.properties['name:zh-Hant']).toBeTruthy();
		}
	});
});
