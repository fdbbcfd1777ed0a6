import { describe, expect, it } from 'vitest';
import {
	bbox,
	bearingDeg,
	compass8,
	destination,
	distanceM,
	fromBd09,
	fromGcj02,
	inBBox,
	toBd09,
	toGcj02,
	type LonLat
} from '$lib/domain/geo';

const temple: LonLat = { lon: 110.843333, lat: 34.910556 }; // 解州关帝庙, de.wikipedia (WGS84)
const pagoda: LonLat = { lon: 110.934694, lat: 35.021528 }; // 泛舟禅师塔, de.wikipedia (WGS84)

/**
 * The public GCJ-02 forward algorithm (Krasovsky 1940 ellipsoid), written out independently of
 * gcoord, so the test checks gcoord against the definition rather than against itself.
 */
function referenceGcj02(p: LonLat): LonLat {
	const a = 6378245.0;
	const ee = 0.006693421622965943;
	const x = p.lon - 105.0;
	const y = p.lat - 35.0;
	let dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
	dLat += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
	dLat += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
	dLat +=
		((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
	let dLon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
	dLon += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
	dLon += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
	dLon +=
		((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
	const radLat = (p.lat / 180.0) * Math.PI;
	let magic = Math.sin(radLat);
	magic = 1 - ee * magic * magic;
	const sqrtMagic = Math.sqrt(magic);
	dLat = (dLat * 180.0) / (((a * (1 - ee)) / (magic * sqrtMagic)) * Math.PI);
	dLon = (dLon * 180.0) / ((a / sqrtMagic) * Math.cos(radLat) * Math.PI);
	return { lon: p.lon + dLon, lat: p.lat + dLat };
}

describe('distance and bearing', () => {
	it('measures one degree of latitude as ~111.2 km', () => {
		expect(distanceM({ lon: 111, lat: 35 }, { lon: 111, lat: 36 })).toBeCloseTo(111195, -1);
	});

	it('puts the Fanzhou pagoda ~14.5 km NE of the Guandi Temple', () => {
		const d = distanceM(temple, pagoda);
		expect(d).toBeGreaterThan(14000);
		expect(d).toBeLessThan(15000);
		expect(compass8(bearingDeg(temple, pagoda))).toBe('NE');
		expect(compass8(bearingDeg(pagoda, temple))).toBe('SW');
	});

	it('gives 0 m and a defined bearing for the same point', () => {
		expect(distanceM(temple, temple)).toBe(0);
		expect(bearingDeg(temple, temple)).toBeGreaterThanOrEqual(0);
	});

	it('names the eight compass points with 45° sectors', () => {
		const cases: [number, string][] = [
			[0, 'N'],
			[22.4, 'N'],
			[22.6, 'NE'],
			[90, 'E'],
			[180, 'S'],
			[247.5, 'W'],
			[315, 'NW'],
			[337.6, 'N'],
			[-45, 'NW'],
			[720, 'N']
		];
		for (const [deg, word] of cases) expect(compass8(deg), String(deg)).toBe(word);
	});

	it('walks to a destination and back', () => {
		const there = destination(temple, 5000, 60);
		expect(distanceM(temple, there)).toBeCloseTo(5000, 3);
		expect(bearingDeg(temple, there)).toBeCloseTo(60, 3);
	});

	it('boxes points', () => {
		expect(bbox([])).toBeNull();
		const box = bbox([temple, pagoda])!;
		expect(box).toEqual([110.843333, 34.910556, 110.934694, 35.021528]);
		expect(inBBox({ lon: 110.9, lat: 35 }, box)).toBe(true);
		expect(inBBox({ lon: 111, lat: 35 }, box)).toBe(false);
	});
});

describe('datum conversion', () => {
	it('converts WGS84 → GCJ-02 within 1 m of the published algorithm', () => {
		for (const p of [temple, pagoda, { lon: 110.99278, lat: 35.02306 }]) {
			expect(distanceM(toGcj02(p), referenceGcj02(p))).toBeLessThan(1);
		}
	});

	it('converts a known GCJ-02 point back to its WGS84 value within 1 m', () => {
		// The Guandi Temple's GCJ-02 value, from the reference algorithm: what Amap would show.
		const gcj = referenceGcj02(temple);
		expect(distanceM(gcj, temple)).toBeGreaterThan(400); // the ~530 m "Mars" offset is real here
		expect(distanceM(fromGcj02(gcj), temple)).toBeLessThan(1);
	});

	it('matches the Yanhu offset: GCJ-02 ≈ 523 m east and 88 m south of WGS84', () => {
		const gcj = toGcj02(pagoda);
		const east = distanceM(pagoda, { lon: gcj.lon, lat: pagoda.lat });
		const south = distanceM(pagoda, { lon: pagoda.lon, lat: gcj.lat });
		expect(gcj.lon).toBeGreaterThan(pagoda.lon);
		expect(gcj.lat).toBeLessThan(pagoda.lat);
		expect(east).toBeGreaterThan(480);
		expect(east).toBeLessThan(570);
		expect(south).toBeGreaterThan(50);
		expect(south).toBeLessThan(130);
	});

	it('round-trips BD-09 within 1 m, about 1.1 km E and 0.6 km N of WGS84', () => {
		const bd = toBd09(temple);
		expect(distanceM(fromBd09(bd), temple)).toBeLessThan(1);
		const d = distanceM(bd, temple);
		expect(d).toBeGreaterThan(1000);
		expect(d).toBeLessThan(1500);
		expect(compass8(bearingDeg(temple, bd))).toMatch(/^(NE|E)$/);
	});
});
