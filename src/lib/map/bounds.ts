/** Fixed boxes in WGS84 degrees, as MapLibre [[west, south], [east, north]]. */

/** Yanhu District's outline box (data/geo/boundaries.geojson, 140802). */
export const DISTRICT_BOUNDS: [[number, number], [number, number]] = [
	[110.736, 34.82],
	[111.181, 35.372]
];

/** How far the view may wander: the pack box plus ~50 km, so the map never shows empty world. */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
	[110.1, 34.3],
	[111.85, 35.85]
];

/** CJK labels use the device's font (no glyph downloads); the list puts the locale's script first. */
export function ideographFonts(locale: 'zh-CN' | 'en' | 'zh-TW'): string {
	const sc = '"Noto Sans SC","Noto Sans CJK SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei"';
	const tc = '"Noto Sans TC","Noto Sans CJK TC","PingFang TC","Microsoft JhengHei"';
	return `${locale === 'zh-TW' ? `${tc},${sc}` : `${sc},${tc}`},"WenQuanYi Zen Hei",sans-serif`;
}
