import { toBd09, toGcj02, type LonLat } from './geo';

/**
 * Links that hand a place over to the Chinese map apps a taxi driver or a visitor's phone uses.
 * We store WGS84; Amap reads GCJ-02 and Baidu BD-09, so the point is converted on the way out
 * (sent as WGS84 it would land ~0.5 km (Amap) or ~1.2 km (Baidu) off in Yanhu).
 */

const APP_ID = 'yanhu-guide';

/** Degrees to 6 decimals: ~0.1 m, finer than any place's precision. */
const fixed = (value: number) => value.toFixed(6);

/** Amap's URI API marker page (opens the app when installed): position is lon,lat in GCJ-02. */
export function amapMarkerUrl(point: LonLat, name: string): string {
	const gcj = toGcj02(point);
	const query = new URLSearchParams({
		position: `${fixed(gcj.lon)},${fixed(gcj.lat)}`,
		name,
		src: APP_ID,
		coordinate: 'gaode',
		callnative: '1'
	});
	return `https://uri.amap.com/marker?${query}`;
}

/** Baidu's marker page: location is lat,lon, here in BD-09 and said so with coord_type. */
export function baiduMarkerUrl(point: LonLat, name: string, address?: string): string {
	const bd = toBd09(point);
	const query = new URLSearchParams({
		location: `${fixed(bd.lat)},${fixed(bd.lon)}`,
		title: name,
		content: address ?? name,
		coord_type: 'bd09ll',
		output: 'html',
		src: APP_ID
	});
	return `https://api.map.baidu.com/marker?${query}`;
}
