/**
 * Builds the MapLibre style. Pure: the same arguments give the same style (unit-tested and
 * validated with @maplibre/maplibre-gl-style-spec). No `glyphs`: MapLibre 6 draws Latin from the
 * precached woff2 named in `font-faces` and CJK from the device font (localIdeographFontFamily).
 * No `sprite`: MapView adds maki icons on demand (`styleimagemissing`).
 */
import type {
	ExpressionSpecification,
	LayerSpecification,
	StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { layers as protomapsLayers, namedFlavor } from '@protomaps/basemaps';
import { APP_ATTRIBUTION, BASEMAP_ATTRIBUTION, PACK_ATTRIBUTION } from './attribution';
import { emptyCollection, OVERLAY_SOURCES } from './overlays';
import type { MapLocale } from './types';

export type StyleOptions = {
	/** The app's origin, e.g. `https://example.org` (MapLibre 6 wants absolute URLs). */
	origin: string;
	/** Whether static/map/basemap.pmtiles (Protomaps schema) is there to draw streets. */
	hasBasemap: boolean;
	locale: MapLocale;
};

export const PACK_PATH = '/map/yanhu.pmtiles';
export const BASEMAP_PATH = '/map/basemap.pmtiles';
export const FONT_PATHS = [
	'/map/fonts/noto-sans-latin-400-normal.woff2',
	'/map/fonts/noto-sans-latin-ext-400-normal.woff2'
];

/** The one text font; Protomaps' Medium/Italic stacks resolve to the same files. */
export const TEXT_FONT = ['Noto Sans Regular'];

/** Icon images are `maki-<icon>-<rrggbb>`: MapView rasterises any pair on request. */
export const MAKI_IMAGE_PREFIX = 'maki-';
export const HEADING_IMAGE = 'yanhu-heading';

const PACK_SOURCE = 'yanhu';
const BASEMAP_SOURCE = 'basemap';

const PROTOMAPS_LANG: Record<MapLocale, string> = {
	'zh-CN': 'zh-Hans',
	en: 'en',
	'zh-TW': 'zh-Hant'
};

const INK = '#1a202c';
const HALO = '#ffffff';
const ROUTE = '#c53030';
const POSITION = '#2b6cb0';

/** Unicode ranges of the @fontsource/noto-sans subsets (from its 400.css). */
const LATIN_RANGE =
	'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT_RANGE =
	'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

function fontFaces(origin: string) {
	const faces = [
		{ url: `${origin}${FONT_PATHS[0]}`, 'unicode-range': LATIN_RANGE.split(',') },
		{ url: `${origin}${FONT_PATHS[1]}`, 'unicode-range': LATIN_EXT_RANGE.split(',') }
	];
	return {
		'Noto Sans Regular': faces,
		'Noto Sans Medium': faces,
		'Noto Sans Italic': faces,
		// Protomaps names this stack for Devanagari labels; Latin falls to our files, the rest local.
		'Noto Sans Devanagari Regular v1': faces
	};
}

/** Name in the UI language from the pack's name / name:en / name:zh-Hant properties. */
function nameIn(locale: MapLocale): ExpressionSpecification {
	if (locale === 'en') return ['coalesce', ['get', 'name:en'], ['get', 'name']];
	if (locale === 'zh-TW') return ['coalesce', ['get', 'name:zh-Hant'], ['get', 'name']];
	return ['coalesce', ['get', 'name'], ['get', 'name:en']];
}

/** English labels carry the local name as a smaller second line; Chinese ones need none. */
function packLabel(locale: MapLocale): ExpressionSpecification {
	if (locale !== 'en') return nameIn(locale);
	return [
		'format',
		nameIn(locale),
		{},
		'\n',
		{},
		['coalesce', ['get', 'name'], ''],
		{ 'font-scale': 0.8 }
	];
}

const placeLabel: ExpressionSpecification = [
	'format',
	['get', 'label'],
	{},
	['case', ['==', ['get', 'localLabel'], ''], '', '\n'],
	{},
	['get', 'localLabel'],
	{ 'font-scale': 0.8 }
];

const kindIs = (kind: string): ExpressionSpecification => ['==', ['get', 'kind'], kind];
const roleIs = (role: string): ExpressionSpecification => ['==', ['get', 'role'], role];

/** The context map drawn from our own pack: outlines, water, rivers, names. */
function packLayers(locale: MapLocale, hasBasemap: boolean): LayerSpecification[] {
	const src = { source: PACK_SOURCE };
	const outlines: LayerSpecification[] = [
		{
			id: 'county-outline',
			type: 'line',
			...src,
			'source-layer': 'boundary',
			filter: kindIs('county'),
			paint: { 'line-color': '#8a8373', 'line-width': 1, 'line-dasharray': [3, 2] }
		},
		{
			id: 'district-outline',
			type: 'line',
			...src,
			'source-layer': 'boundary',
			filter: kindIs('district'),
			paint: {
				'line-color': '#7a3b2e',
				'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.5, 13, 3],
				'line-opacity': 0.85
			}
		}
	];
	if (hasBasemap) return outlines;
	const label = (id: string, kind: string, size: number, color: string): LayerSpecification => ({
		id,
		type: 'symbol',
		...src,
		'source-layer': 'label',
		filter: kindIs(kind),
		layout: {
			'text-field': packLabel(locale),
			'text-font': TEXT_FONT,
			'text-size': size,
			'text-max-width': 8
		},
		paint: { 'text-color': color, 'text-halo-color': HALO, 'text-halo-width': 1.5 }
	});
	return [
		{
			id: 'background',
			type: 'background',
			paint: { 'background-color': '#ece8df' }
		},
		{
			id: 'county-fill',
			type: 'fill',
			...src,
			'source-layer': 'boundary',
			filter: kindIs('county'),
			paint: { 'fill-color': '#e4dfd3' }
		},
		{
			id: 'district-fill',
			type: 'fill',
			...src,
			'source-layer': 'boundary',
			filter: kindIs('district'),
			paint: { 'fill-color': '#faf8f3' }
		},
		{
			id: 'waterway-line',
			type: 'line',
			...src,
			'source-layer': 'waterway',
			paint: {
				'line-color': '#7fb7cc',
				'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.5, 12, 2]
			}
		},
		{
			id: 'water-fill',
			type: 'fill',
			...src,
			'source-layer': 'water',
			paint: { 'fill-color': '#a9d3e3', 'fill-outline-color': '#6aa9c2' }
		},
		...outlines,
		label('county-label', 'county_label', 12, '#5a5448'),
		label('water-label', 'lake_label', 12, '#1d5b73'),
		label('district-label', 'district_label', 14, '#5c2a20')
	];
}

/** Our data on top of either base: halos, route, position, places, stops. */
function overlayLayers(): LayerSpecification[] {
	const S = OVERLAY_SOURCES;
	const approximate: ExpressionSpecification = ['get', 'approximate'];
	return [
		{
			id: 'place-halo-fill',
			type: 'fill',
			source: S.halos,
			paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.08 }
		},
		{
			id: 'place-halo-line',
			type: 'line',
			source: S.halos,
			paint: {
				'line-color': ['get', 'color'],
				'line-width': ['case', ['get', 'selected'], 2, 1],
				'line-dasharray': [2, 2],
				'line-opacity': 0.6
			}
		},
		{
			id: 'route-casing',
			type: 'line',
			source: S.route,
			filter: roleIs('line'),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': HALO, 'line-width': 7 }
		},
		{
			id: 'route-line',
			type: 'line',
			source: S.route,
			filter: roleIs('line'),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': ROUTE, 'line-width': 4 }
		},
		{
			id: 'position-accuracy-fill',
			type: 'fill',
			source: S.position,
			filter: roleIs('accuracy'),
			paint: { 'fill-color': POSITION, 'fill-opacity': 0.12 }
		},
		{
			id: 'position-accuracy-line',
			type: 'line',
			source: S.position,
			filter: roleIs('accuracy'),
			paint: { 'line-color': POSITION, 'line-width': 1, 'line-opacity': 0.5 }
		},
		{
			id: 'place-selected',
			type: 'circle',
			source: S.places,
			filter: ['==', ['get', 'selected'], true],
			paint: {
				'circle-radius': 17,
				'circle-color': 'rgba(0,0,0,0)',
				'circle-stroke-color': INK,
				'circle-stroke-width': 3
			}
		},
		{
			id: 'place-circle',
			type: 'circle',
			source: S.places,
			layout: { 'circle-sort-key': ['get', 'sortKey'] },
			paint: {
				'circle-radius': ['case', ['get', 'selected'], 13, 11],
				// Exact: a filled disc. Approximate: hollow (white with a coloured ring).
				'circle-color': ['case', approximate, HALO, ['get', 'color']],
				'circle-stroke-color': ['case', approximate, ['get', 'color'], HALO],
				'circle-stroke-width': ['case', approximate, 2.5, 1.5]
			}
		},
		{
			id: 'place-icon',
			type: 'symbol',
			source: S.places,
			layout: {
				'icon-image': [
					'concat',
					MAKI_IMAGE_PREFIX,
					['get', 'icon'],
					'-',
					['case', approximate, ['slice', ['get', 'color'], 1], 'ffffff']
				],
				'icon-size': 0.9,
				'icon-allow-overlap': true,
				'icon-ignore-placement': true,
				'symbol-sort-key': ['get', 'sortKey']
			}
		},
		{
			id: 'place-favourite',
			type: 'symbol',
			source: S.places,
			filter: ['==', ['get', 'favourite'], true],
			layout: {
				'icon-image': `${MAKI_IMAGE_PREFIX}star-d69e2e`,
				'icon-size': 0.75,
				'icon-offset': [13, -13],
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			}
		},
		{
			id: 'route-stop-circle',
			type: 'circle',
			source: S.route,
			filter: roleIs('stop'),
			paint: {
				'circle-radius': 9,
				'circle-color': ROUTE,
				'circle-stroke-color': HALO,
				'circle-stroke-width': 2,
				'circle-translate': [0, -20]
			}
		},
		{
			id: 'route-stop-number',
			type: 'symbol',
			source: S.route,
			filter: roleIs('stop'),
			layout: {
				'text-field': ['to-string', ['get', 'n']],
				'text-font': TEXT_FONT,
				'text-size': 11,
				'text-offset': [0, -1.8],
				'text-allow-overlap': true,
				'text-ignore-placement': true
			},
			paint: { 'text-color': HALO }
		},
		{
			id: 'place-label',
			type: 'symbol',
			source: S.places,
			layout: {
				'text-field': placeLabel,
				'text-font': TEXT_FONT,
				'text-size': 12,
				'text-anchor': 'top',
				'text-offset': [0, 1.2],
				'text-max-width': 9,
				'text-optional': true,
				'symbol-sort-key': ['-', 0, ['get', 'sortKey']]
			},
			paint: { 'text-color': INK, 'text-halo-color': HALO, 'text-halo-width': 1.5 }
		},
		{
			id: 'position-heading',
			type: 'symbol',
			source: S.position,
			filter: ['all', roleIs('position'), ['==', ['get', 'hasHeading'], true]],
			layout: {
				'icon-image': HEADING_IMAGE,
				'icon-rotate': ['get', 'heading'],
				'icon-rotation-alignment': 'map',
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			}
		},
		{
			id: 'position-dot',
			type: 'circle',
			source: S.position,
			filter: roleIs('position'),
			paint: {
				'circle-radius': 7,
				'circle-color': POSITION,
				'circle-stroke-color': HALO,
				'circle-stroke-width': 2.5
			}
		}
	];
}

export function buildStyle({ origin, hasBasemap, locale }: StyleOptions): StyleSpecification {
	const sources: StyleSpecification['sources'] = {
		[PACK_SOURCE]: {
			type: 'vector',
			url: `pmtiles://${origin}${PACK_PATH}`,
			attribution: PACK_ATTRIBUTION
		}
	};
	if (hasBasemap) {
		sources[BASEMAP_SOURCE] = {
			type: 'vector',
			url: `pmtiles://${origin}${BASEMAP_PATH}`,
			attribution: BASEMAP_ATTRIBUTION
		};
	}
	for (const id of Object.values(OVERLAY_SOURCES)) {
		sources[id] = {
			type: 'geojson',
			data: emptyCollection(),
			...(id === OVERLAY_SOURCES.places ? { attribution: APP_ATTRIBUTION } : {})
		};
	}
	const base: LayerSpecification[] = hasBasemap
		? (protomapsLayers(BASEMAP_SOURCE, namedFlavor('light'), {
				lang: PROTOMAPS_LANG[locale]
			}) as LayerSpecification[])
		: [];
	return {
		version: 8,
		name: hasBasemap ? 'Yanhu Guide — streets' : 'Yanhu Guide — basic',
		sources,
		'font-faces': fontFaces(origin),
		layers: [...base, ...packLayers(locale, hasBasemap), ...overlayLayers()]
	};
}
