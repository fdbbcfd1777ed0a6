/**
 * Small geodesy helpers for the geodata scripts and their tests. Pure, WGS84 lon/lat degrees.
 * Areas use the spherical excess on the IUGG mean sphere: within ~0.3 % of the ellipsoid at 35° N,
 * which is far below the ~100 m quantisation of the boundary source.
 */

/** IUGG mean Earth radius in metres. */
export const EARTH_RADIUS_M = 6371008.8;

const RAD = Math.PI / 180;

/**
 * Signed area of a closed ring in square metres (positive when counter-clockwise in lon/lat).
 * @param {number[][]} ring [lon, lat] pairs, first point repeated last or not
 * @returns {number}
 */
export function ringAreaM2(ring) {
	let sum = 0;
	const n = ring.length;
	for (let i = 0; i < n; i++) {
		const [lon1, lat1] = /** @type {[number, number]} */ (ring[i]);
		const [lon2, lat2] = /** @type {[number, number]} */ (ring[(i + 1) % n]);
		sum += (lon2 - lon1) * RAD * (2 + Math.sin(lat1 * RAD) + Math.sin(lat2 * RAD));
	}
	return (sum * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2;
}

/**
 * Area of a Polygon or MultiPolygon geometry in square kilometres (holes subtracted).
 * @param {{ type: string, coordinates: any }} geometry
 * @returns {number}
 */
export function areaKm2(geometry) {
	/** @type {number[][][][]} */
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let m2 = 0;
	for (const rings of polygons) {
		rings.forEach((ring, i) => {
			const a = Math.abs(ringAreaM2(ring));
			m2 += i === 0 ? a : -a;
		});
	}
	return m2 / 1e6;
}

/**
 * Rewinds a polygon to RFC 7946 order: exterior counter-clockwise, holes clockwise.
 * In tile space (y down) that becomes the clockwise exterior the MVT spec asks for.
 * @param {number[][][]} rings
 * @returns {number[][][]}
 */
export function rewindPolygon(rings) {
	return rings.map((ring, i) => {
		const ccw = ringAreaM2(ring) > 0;
		const wantCcw = i === 0;
		return ccw === wantCcw ? ring : [...ring].reverse();
	});
}

/**
 * Even-odd point-in-polygon test for a Polygon or MultiPolygon.
 * @param {number[]} point [lon, lat]
 * @param {{ type: string, coordinates: any }} geometry
 * @returns {boolean}
 */
export function containsPoint(point, geometry) {
	/** @type {number[][][][]} */
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const [x, y] = /** @type {[number, number]} */ (point);
	let inside = false;
	for (const rings of polygons) {
		for (const ring of rings) {
			for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				const [xi, yi] = /** @type {[number, number]} */ (ring[i]);
				const [xj, yj] = /** @type {[number, number]} */ (ring[j]);
				if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
			}
		}
	}
	return inside;
}

/**
 * Bounding box [west, south, east, north] of any GeoJSON geometry's coordinates.
 * @param {{ coordinates: any }} geometry
 * @returns {[number, number, number, number]}
 */
export function geometryBbox(geometry) {
	const box = /** @type {[number, number, number, number]} */ ([
		Infinity,
		Infinity,
		-Infinity,
		-Infinity
	]);
	/** @param {any} c */
	const walk = (c) => {
		if (typeof c[0] === 'number') {
			box[0] = Math.min(box[0], c[0]);
			box[1] = Math.min(box[1], c[1]);
			box[2] = Math.max(box[2], c[0]);
			box[3] = Math.max(box[3], c[1]);
		} else c.forEach(walk);
	};
	walk(geometry.coordinates);
	return box;
}

/**
 * Rounds a coordinate to 6 decimals (~0.1 m), so the committed files are stable and small.
 * @param {number[]} c
 * @returns {number[]}
 */
export function roundCoord(c) {
	const [lon, lat] = /** @type {[number, number]} */ (c);
	return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
}
