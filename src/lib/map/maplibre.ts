/**
 * Loads MapLibre and registers the global bits exactly once: the worker URL (MapLibre 6 needs it
 * set before the first map) and the `pmtiles://` protocol. Dynamic imports keep ~1 MB of map code
 * out of every route but the one that shows a map.
 */
type MapLibre = typeof import('maplibre-gl');

let loading: Promise<MapLibre> | null = null;

export function loadMapLibre(): Promise<MapLibre> {
	loading ??= (async () => {
		const [maplibre, pmtiles, worker] = await Promise.all([
			import('maplibre-gl'),
			import('pmtiles'),
			import('maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url')
		]);
		maplibre.setWorkerUrl(worker.default);
		maplibre.addProtocol('pmtiles', new pmtiles.Protocol().tile);
		return maplibre;
	})();
	loading.catch(() => {
		// Let a later map try again (e.g. after a chunk failed to load offline).
		loading = null;
	});
	return loading;
}
