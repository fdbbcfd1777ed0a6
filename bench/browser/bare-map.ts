// The map section's reference: MapLibre with the app's own loader, style and pack and nothing
// else (no Svelte, no layout, no overlays data). It records `idle` in ms since navigation start.
import 'maplibre-gl/dist/maplibre-gl.css';
import { DISTRICT_BOUNDS, MAX_BOUNDS, ideographFonts } from '$lib/map/bounds';
import { loadMapLibre } from '$lib/map/maplibre';
import { PACK_MANIFEST } from '$lib/map/pack-manifest';
import { buildStyle } from '$lib/map/style';

declare global {
	interface Window {
		__benchMap?: { idleAt?: number; features?: number; error?: string };
	}
}

const result: NonNullable<Window['__benchMap']> = {};
window.__benchMap = result;

loadMapLibre()
	.then((maplibre) => {
		const map = new maplibre.Map({
			container: 'map',
			style: buildStyle({
				origin: location.origin,
				hasBasemap: PACK_MANIFEST.basemap !== null,
				locale: 'zh-CN'
			}),
			bounds: DISTRICT_BOUNDS,
			fitBoundsOptions: { padding: 16 },
			maxBounds: MAX_BOUNDS,
			maxZoom: 17,
			localIdeographFontFamily: ideographFonts('zh-CN')
		});
		map.once('idle', () => {
			result.idleAt = performance.now();
			// Proof that the pack was read: an unreadable pack still goes idle, with nothing drawn.
			result.features = map.queryRenderedFeatures().length;
		});
	})
	.catch((error: unknown) => {
		result.error = String(error);
	});
