import { describe, expect, it } from 'vitest';
import { distanceM } from '$lib/domain/geo';
import {
	circlePolygon,
	halosCollection,
	placesCollection,
	positionCollection,
	routeCollection
} from '$lib/map/overlays';
import { kindStyle, usedIcons } from '$lib/map/kinds';
import { parseMakiImageId } from '$lib/map/icons';
import { MAKI_ICONS } from '$lib/map/maki-icons';
import type { MapPlace } from '$lib/map/types';

const temple: MapPlace = {
	id: 'xiezhou-guandi-temple',
	kind: 'temple',
	label: 'Guandi Temple',
	localLabel: '解州关帝庙',
	lon: 110.843333,
	lat: 34.910556,
	precisionM: 100
};
const museum: MapPlace = {
	id: 'hedong-salt-museum',
	kind: 'museum',
	label: '河东池盐博物馆',
	localLabel: '河东池盐博物馆',
	lon: 110.99,
	lat: 35.0,
	precisionM: 2000,
	favourite: true
};

describe('overlays', () => {
	it('turns places into points with icon, colour, labels and flags', () => {
		const fc = placesCollection([temple, museum], museum.id);
		const [a, b] = fc.features.map((f) => f.properties!) as [
			Record<string, unknown>,
			Record<string, unknown>
		];
		expect(a).toMatchObject({ id: temple.id, icon: 'place-of-worship', approximate: false });
		expect(a.localLabel).toBe('解州关帝庙');
		expect(b).toMatchObject({ approximate: true, favourite: true, selected: true, sortKey: 3 });
		expect(b.localLabel).toBe(''); // same as the label: no second line
		expect(fc.features[0]!.geometry.coordinates).toEqual([110.843333, 34.910556]);
	});

	it('draws a precision halo only around approximate places, at the right radius', () => {
		const fc = halosCollection([temple, museum]);
		expect(fc.features).toHaveLength(1);
		const ring = fc.features[0]!.geometry.coordinates[0]!;
		for (const [lon, lat] of ring as [number, number][]) {
			expect(distanceM({ lon, lat }, museum)).toBeCloseTo(2000, 0);
		}
	});

	it('makes closed counter-clockwise circles', () => {
		const ring = circlePolygon({ lon: 111, lat: 35 }, 500).coordinates[0] as [number, number][];
		expect(ring[0]).toEqual(ring[ring.length - 1]);
		let area2 = 0;
		for (let i = 0; i < ring.length - 1; i++) {
			const [x0, y0] = ring[i]!;
			const [x1, y1] = ring[i + 1]!;
			area2 += x0 * y1 - x1 * y0;
		}
		expect(area2).toBeGreaterThan(0);
	});

	it('numbers route stops from 1 and joins them with a line', () => {
		const fc = routeCollection([temple, museum, { lon: 111, lat: 35.1, label: 'x' }]);
		const stops = fc.features.filter((f) => f.properties!.role === 'stop');
		expect(stops.map((s) => s.properties!.n)).toEqual([1, 2, 3]);
		expect(fc.features.filter((f) => f.properties!.role === 'line')).toHaveLength(1);
		expect(routeCollection(undefined).features).toEqual([]);
		expect(routeCollection([temple]).features).toHaveLength(1);
	});

	it('shows the position with accuracy and heading only when the heading is known', () => {
		const fc = positionCollection({ lon: 111, lat: 35, accuracyM: 30, headingDeg: 45 });
		const point = fc.features.find((f) => f.properties!.role === 'position')!;
		expect(point.properties).toMatchObject({ hasHeading: true, heading: 45 });
		const still = positionCollection({ lon: 111, lat: 35, accuracyM: 30, headingDeg: null });
		expect(
			still.features.find((f) => f.properties!.role === 'position')!.properties!.hasHeading
		).toBe(false);
		expect(positionCollection(undefined).features).toEqual([]);
	});
});

describe('kinds and icons', () => {
	it('has every icon a kind may use in the generated maki set', () => {
		for (const icon of usedIcons()) expect(Object.keys(MAKI_ICONS)).toContain(icon);
	});

	it('falls back to a marker for unknown kinds', () => {
		expect(kindStyle('something-new').icon).toBe('marker');
		expect(kindStyle('toString').icon).toBe('marker');
	});

	it('parses icon image ids and rejects others', () => {
		expect(parseMakiImageId('maki-place-of-worship-9b2c2c')).toEqual({
			icon: 'place-of-worship',
			color: '#9b2c2c'
		});
		expect(parseMakiImageId('maki-nope-ffffff')).toBeNull();
		expect(parseMakiImageId('townspot')).toBeNull();
	});
});
