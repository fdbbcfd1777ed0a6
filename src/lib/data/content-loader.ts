import { getDb } from './db';
import { seedContent, type SeedResult } from './seed';

let pending: Promise<SeedResult> | undefined;

/**
 * Makes sure the bundled content is in IndexedDB. The content module is imported dynamically
 * so it is its own chunk (precached by the service worker, kept out of the home route's JS).
 * Called once per page load; later callers share the same promise.
 */
export function ensureContent(): Promise<SeedResult> {
	pending ??= import('$lib/content/index')
		.then(({ contentBundle }) => seedContent(getDb(), contentBundle))
		.catch((error: unknown) => {
			pending = undefined; // let a later call retry (e.g. after the user frees storage)
			throw error;
		});
	return pending;
}
