import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import content from './src/lib/content/bundle.json' with { type: 'json' };

// Content pages render from IndexedDB in the browser, so the crawler cannot find their links:
// each place and itinerary page is listed here, in every locale (zh-CN has no prefix).
// (A +page.server.ts `entries` would make client navigation fetch __data.json, which fails offline.)
const LOCALE_PREFIXES = ['', '/en', '/zh-TW'];
const contentEntries = LOCALE_PREFIXES.flatMap((prefix) => [
	...content.places.map((place) => `${prefix}/places/${place.id}`),
	...content.itineraries.map((itinerary) => `${prefix}/itineraries/${itinerary.id}`)
]);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A static build: any static host or CDN serves it; there is no server of ours at run time.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		// Registered by workbox-window in src/lib/pwa/ so updates are offered, never forced.
		serviceWorker: { register: false },
		prerender: {
			entries: ['*', ...contentEntries],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
