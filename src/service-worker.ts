/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
	cleanupOutdatedCaches,
	createHandlerBoundToURL,
	precacheAndRoute
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & {
	__WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// Thin wiring only. Order matters: routes registered before precacheAndRoute win over it
// (the map pack's range route will go here, see STACK.md).

// A waiting worker takes over only when the page asks (the visitor chose "reload").
self.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first worker controls the open page at once, so it works offline without a reload.
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST, {
	// MapLibre loads its worker as …worker.mjs?v=<version>; the precache holds it without the query.
	ignoreURLParametersMatching: [/^v$/, /^utm_/, /^date$/]
});
cleanupOutdatedCaches();

// Any other navigation (a deep link that was not prerendered, a share link) gets the SPA shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/200.html')));
