/**
 * Pure geo maths on WGS84 `{ lon, lat }` points (degrees). Distances in metres, bearings in degrees
 * clockwise from true north. Datum wrappers convert for links out to Amap (GCJ-02) and Baidu (BD-09)
 * and for values copied in from them; everything stored stays WGS84.
 */
import gcoord from 'gcoord';

export type LonLat = { lon: number; lat: number };
/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];
export type Compass8 = 'N' | 'NE' | 'E' | 'SE' | 'S' | 'SW' | 'W' | 'NW';

/** IUGG mean Earth radius in metres; haversine on it is within 0.5 % of the ellipsoid. */
export const EARTH_RADIUS_M = 6371008.8;

const RAD = Math.PI / 180;

/** Great-circle distance in metres (haversine). */
export function distanceM(a: LonLat, b: LonLat): number {
	const dLat = (b.lat - a.lat) * RAD;
	const dLon = (b.lon - a.lon) * RAD;
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial great-circle bearing from a to b, degrees in [0, 360). */
export function bearingDeg(a: LonLat, b: LonLat): number {
	const φ1 = a.lat * RAD;
	const φ2 = b.lat * RAD;
	const Δλ = (b.lon - a.lon) * RAD;
	const y = Math.sin(Δλ) * Math.cos(φ2);
	const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
	return normaliseDeg(Math.atan2(y, x) / RAD);
}

/** Wraps any angle in degrees into [0, 360). */
export function normaliseDeg(deg: number): number {
	const d = deg % 360;
	return d < 0 ? d + 360 : d === 0 ? 0 : d;
}

const COMPASS: Compass8[] = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];

/** The nearest of the eight compass points (each covers 45°, N is 337.5°–22.5°). */
export function compass8(bearing: number): Compass8 {
	return COMPASS[Math.round(normaliseDeg(bearing) / 45) % 8] ?? 'N';
}

/** Point `distance` metres from `from` along an initial `bearing` (degrees). */
export function destination(from: LonLat, distance: number, bearing: number): LonLat {
	const δ = distance / EARTH_RADIUS_M;
	const θ = bearing * RAD;
	const φ1 = from.lat * RAD;
	const λ1 = from.lon * RAD;
	const φ2 = Math.asin(Math.sin(φ1) * Math.cos(δ) + Math.cos(φ1) * Math.sin(δ) * Math.cos(θ));
	const λ2 =
		λ1 +
		Math.atan2(Math.sin(θ) * Math.sin(δ) * Math.cos(φ1), Math.cos(δ) - Math.sin(φ1) * Math.sin(φ2));
	return { lon: λ2 / RAD, lat: φ2 / RAD };
}

/** Smallest box holding every point, or null for none. */
export function bbox(points: readonly LonLat[]): BBox | null {
	if (!points.length) return null;
	const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
	for (const p of points) {
		box[0] = Math.min(box[0], p.lon);
		box[1] = Math.min(box[1], p.lat);
		box[2] = Math.max(box[2], p.lon);
		box[3] = Math.max(box[3], p.lat);
	}
	return box;
}

/** Whether a point lies inside a box (edges included). */
export function inBBox(p: LonLat, box: BBox): boolean {
	return p.lon >= box[0] && p.lon <= box[2] && p.lat >= box[1] && p.lat <= box[3];
}

type Crs = Parameters<typeof gcoord.transform>[1];

function convert(p: LonLat, from: Crs, to: Crs): LonLat {
	const [lon, lat] = gcoord.transform([p.lon, p.lat] as [number, number], from, to) as [
		number,
		number
	];
	return { lon, lat };
}

/** WGS84 → GCJ-02, for links out to Amap/Tencent (≈ +523 m E, −88 m N in Yanhu). */
export function toGcj02(p: LonLat): LonLat {
	return convert(p, gcoord.WGS84, gcoord.GCJ02);
}

/** GCJ-02 → WGS84, for values copied from Amap/Tencent (the inverse is iterative, ≲ 1 m). */
export function fromGcj02(p: LonLat): LonLat {
	return convert(p, gcoord.GCJ02, gcoord.WGS84);
}

/** WGS84 → BD-09, for links out to Baidu (≈ +1.1 km E, +0.6 km N in Yanhu). */
export function toBd09(p: LonLat): LonLat {
	return convert(p, gcoord.WGS84, gcoord.BD09);
}

/** BD-09 → WGS84, for values copied from Baidu. */
export function fromBd09(p: LonLat): LonLat {
	return convert(p, gcoord.BD09, gcoord.WGS84);
}
