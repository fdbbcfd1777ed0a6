/** What MapView takes in. Coordinates are WGS84 degrees; distances in metres. */

export type MapLocale = 'zh-CN' | 'en' | 'zh-TW';

export type MapPlace = {
	id: string;
	kind: string;
	/** Name in the UI language. */
	label: string;
	/** Local (Chinese) name, drawn second when it differs from `label`. */
	localLabel?: string;
	lon: number;
	lat: number;
	/** How far the true spot may be, metres; above 100 m the place is drawn as approximate. */
	precisionM: number;
	favourite?: boolean;
};

/** One ordered stop of the active itinerary or route; numbered from 1 on the map. */
export type MapRouteStop = { lon: number; lat: number; label?: string };

export type MapPosition = {
	lon: number;
	lat: number;
	/** 95 % confidence radius, metres. */
	accuracyM: number;
	/** Degrees clockwise from true north; null or absent when unknown. */
	headingDeg?: number | null;
};

/** Translated text MapView shows; the map holds no UI strings of its own. */
export type MapLabels = {
	noStreets: string;
	listLink: string;
	listHref: string;
	mapRegionLabel: string;
};

export type MapFit = 'district' | 'places';

/** `window.__yanhuMap`, set while a map exists, for browser tests. */
export type YanhuMapTestHook = {
	/** Resolves at the map's first `idle`. */
	idle: Promise<void>;
	isIdle: () => boolean;
	/** Resolves at the next `idle`, or now when nothing is pending. */
	waitForIdle: () => Promise<void>;
	hasBasemap: () => boolean;
	/** Viewport (client) pixel of a WGS84 point, for clicking places in tests. */
	pointOf: (lon: number, lat: number) => { x: number; y: number };
	queryRenderedLayerIds: () => string[];
	/** Ids of the places drawn in the current view. */
	renderedPlaceIds: () => string[];
	featureCountByLayer: () => Record<string, number>;
};
