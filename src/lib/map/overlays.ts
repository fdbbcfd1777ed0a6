/**
 * Pure builders of the GeoJSON MapView feeds its overlay sources. Input WGS84 `{ lon, lat }`,
 * output RFC 7946 FeatureCollections (tuples only from here on, inside map/).
 */
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { destination, type LonLat } from '$lib/domain/geo';
import { kindStyle } from './kinds';
import { APPROXIMATE_LOCATION_M } from '$lib/domain/content-model';
import type { MapPlace, MapPosition, MapRouteStop } from './types';

/** Source ids of the overlays, also used by style.ts. */
export const OVERLAY_SOURCES = {
	halos: 'overlay-halos',
	route: 'overlay-route',
	places: 'overlay-places',
	position: 'overlay-position'
} as const;

export const emptyCollection = (): FeatureCollection => ({
	type: 'FeatureCollection',
	features: []
});

/** 64 vertices keep a circle round to the eye (< 0.2 % radius error) at any zoom. */
const CIRCLE_STEPS = 64;

/** A geodesic circle of `radiusM` metres around `center`, as a closed counter-clockwise ring. */
export function circlePolygon(center: LonLat, radiusM: number, steps = CIRCLE_STEPS): Polygon {
	const ring: [number, number][] = [];
	for (let i = 0; i < steps; i++) {
		// Counter-clockwise: bearings decrease from north through west.
		const p = destination(center, radiusM, 360 - (i * 360) / steps);
		ring.push([p.lon, p.lat]);
	}
	const [lon, lat] = ring[0] as [number, number];
	ring.push([lon, lat]);
	return { type: 'Polygon', coordinates: [ring] };
}

export const isApproximate = (p: Pick<MapPlace, 'precisionM'>) =>
	p.precisionM > APPROXIMATE_LOCATION_M;

/** The second label line: the local name when it adds something, else empty. */
function localLine(p: MapPlace): string {
	const local = p.localLabel?.trim() ?? '';
	return local && local !== p.label.trim() ? local : '';
}

/** One point per place with what the layers need; the selected place sorts on top. */
export function placesCollection(
	places: readonly MapPlace[],
	selectedId?: string
): FeatureCollection<Point> {
	const features: Feature<Point>[] = places.map((p) => {
		const { icon, color } = kindStyle(p.kind);
		const selected = p.id === selectedId;
		return {
			type: 'Feature',
			properties: {
				id: p.id,
				kind: p.kind,
				icon,
				color,
				label: p.label,
				localLabel: localLine(p),
				approximate: isApproximate(p),
				precisionM: p.precisionM,
				favourite: p.favourite === true,
				selected,
				// symbol-sort-key: higher draws later (on top) and wins label collisions last.
				sortKey: (selected ? 2 : 0) + (p.favourite ? 1 : 0)
			},
			geometry: { type: 'Point', coordinates: [p.lon, p.lat] }
		};
	});
	return { type: 'FeatureCollection', features };
}

/** Halos of the doubt around approximate places. */
export function halosCollection(
	places: readonly MapPlace[],
	selectedId?: string
): FeatureCollection<Polygon> {
	return {
		type: 'FeatureCollection',
		features: places.filter(isApproximate).map((p) => ({
			type: 'Feature',
			properties: { id: p.id, color: kindStyle(p.kind).color, selected: p.id === selectedId },
			geometry: circlePolygon(p, p.precisionM)
		}))
	};
}

/** The route as one line plus numbered stops (1-based, in the given order). */
export function routeCollection(stops: readonly MapRouteStop[] | undefined): FeatureCollection {
	if (!stops?.length) return emptyCollection();
	const features: Feature[] = [];
	if (stops.length > 1) {
		features.push({
			type: 'Feature',
			properties: { role: 'line' },
			geometry: { type: 'LineString', coordinates: stops.map((s) => [s.lon, s.lat]) }
		});
	}
	stops.forEach((s, i) => {
		features.push({
			type: 'Feature',
			properties: { role: 'stop', n: i + 1, label: s.label ?? '' },
			geometry: { type: 'Point', coordinates: [s.lon, s.lat] }
		});
	});
	return { type: 'FeatureCollection', features };
}

/** The user's accuracy circle and position point (with heading when known). */
export function positionCollection(position: MapPosition | undefined): FeatureCollection {
	if (!position) return emptyCollection();
	const heading = position.headingDeg;
	const hasHeading = typeof heading === 'number' && Number.isFinite(heading);
	return {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { role: 'accuracy', accuracyM: position.accuracyM },
				geometry: circlePolygon(position, Math.max(position.accuracyM, 1))
			},
			{
				type: 'Feature',
				properties: { role: 'position', hasHeading, heading: hasHeading ? heading : 0 },
				geometry: { type: 'Point', coordinates: [position.lon, position.lat] }
			}
		]
	};
}
