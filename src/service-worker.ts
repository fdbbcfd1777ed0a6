/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
	cleanupOutdatedCaches,
	createHandlerBoundToURL,
	precacheAndRoute
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { rangeFromPrecache } from './lib/pwa/sw/pmtiles-range';

declare const self: ServiceWorkerGlobalScope & {
	__WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// Thin wiring only. Order matters: routes registered before precacheAndRoute win over it.

// A waiting worker takes over only when the page asks (the visitor chose "reload").
self.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first worker controls the open page at once, so it works offline without a reload.
clientsClaim();

// Map packs are read in byte ranges: answer them with 206 from the precached file. This must
// come before precacheAndRoute, which would answer with the whole file (200) that pmtiles rejects.
registerRoute(
	({ url }) => url.origin === self.location.origin && url.pathname.endsWith('.pmtiles'),
	async ({ request }) => (await rangeFromPrecache(request)) ?? fetch(request)
);

precacheAndRoute(self.__WB_MANIFEST, {
	// Queries that do not change the file: MapLibre's worker ?v=, tracking tags, the planned
	// ?date= (pages read it in the browser), and the flag SvelteKit adds to __data.json requests.
	ignoreURLParametersMatching: [/^v$/, /^utm_/, /^date$/, /^x-sveltekit-invalidated$/]
});
cleanupOutdatedCaches();

// Any other navigation (a deep link that was not prerendered, a share link) gets the SPA shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/200.html')));
