import { describe, expect, it } from 'vitest';
import { distanceM, toBd09, toGcj02 } from '$lib/domain/geo';
import { amapMarkerUrl, baiduMarkerUrl } from '$lib/domain/handoff';

// The Xiezhou Guandi Temple, WGS84 (de.wikipedia, research/facts.md §1).
const temple = { lon: 110.843333, lat: 34.910556 };

describe('hand-off links', () => {
	it('Amap gets the GCJ-02 point (~0.5 km east of WGS84 here), lon first', () => {
		const url = new URL(amapMarkerUrl(temple, '解州关帝庙'));
		expect(url.origin + url.pathname).toBe('https://uri.amap.com/marker');
		const [lon, lat] = url.searchParams.get('position')!.split(',').map(Number);
		const expected = toGcj02(temple);
		expect(distanceM({ lon: lon!, lat: lat! }, expected)).toBeLessThan(0.2);
		const offset = distanceM(temple, expected);
		expect(offset).toBeGreaterThan(400);
		expect(offset).toBeLessThan(700);
		expect(url.searchParams.get('coordinate')).toBe('gaode');
		expect(url.searchParams.get('name')).toBe('解州关帝庙');
	});

	it('Baidu gets the BD-09 point, lat first, and is told the datum', () => {
		const url = new URL(baiduMarkerUrl(temple, '解州关帝庙', '运城市盐湖区解州镇'));
		const [lat, lon] = url.searchParams.get('location')!.split(',').map(Number);
		expect(distanceM({ lon: lon!, lat: lat! }, toBd09(temple))).toBeLessThan(0.2);
		expect(distanceM(temple, { lon: lon!, lat: lat! })).toBeGreaterThan(900);
		expect(url.searchParams.get('coord_type')).toBe('bd09ll');
		expect(url.searchParams.get('content')).toBe('运城市盐湖区解州镇');
	});

	it('names with URL-special characters stay intact', () => {
		const url = new URL(amapMarkerUrl(temple, 'A & B #1'));
		expect(url.searchParams.get('name')).toBe('A & B #1');
	});
});
