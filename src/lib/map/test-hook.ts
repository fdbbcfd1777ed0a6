/**
 * `window.__yanhuMap`: what browser tests read to check that the map really drew our data
 * (reaching `idle` alone proves nothing: an unreadable pack still goes idle with zero features).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { YanhuMapTestHook } from './types';

declare global {
	interface Window {
		__yanhuMap?: YanhuMapTestHook;
	}
}

export function installTestHook(map: MapLibreMap, hasBasemap: boolean): () => void {
	const isIdle = () => map.loaded() && map.areTilesLoaded() && !map.isMoving();
	const hook: YanhuMapTestHook = {
		idle: new Promise((resolve) => map.once('idle', () => resolve())),
		isIdle,
		waitForIdle: () =>
			isIdle() ? Promise.resolve() : new Promise((resolve) => map.once('idle', () => resolve())),
		hasBasemap: () => hasBasemap,
		pointOf: (lon, lat) => {
			const rect = map.getCanvas().getBoundingClientRect();
			const p = map.project([lon, lat]);
			return { x: rect.left + p.x, y: rect.top + p.y };
		},
		queryRenderedLayerIds: () =>
			[...new Set(map.queryRenderedFeatures().map((f) => f.layer.id))].sort(),
		renderedPlaceIds: () =>
			[
				...new Set(
					map
						.queryRenderedFeatures({ layers: ['place-circle', 'place-icon'] })
						.map((f) => String(f.properties['id']))
				)
			].sort(),
		featureCountByLayer: () => {
			const counts: Record<string, number> = {};
			for (const f of map.queryRenderedFeatures())
				counts[f.layer.id] = (counts[f.layer.id] ?? 0) + 1;
			return counts;
		}
	};
	window.__yanhuMap = hook;
	return () => {
		if (window.__yanhuMap === hook) delete window.__yanhuMap;
	};
}
