import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { contentBundle } from '$lib/content/index';
import { YanhuDB } from './db';
import { seedContent } from './seed';

let snapshot: Promise<YanhuDB> | undefined;

/**
 * Build time only (prerendering runs in Node, where there is no IndexedDB): the bundled content
 * seeded into an in-memory IndexedDB, so pages are prerendered through the very repositories the
 * browser uses. The browser never loads this module.
 */
export function snapshotDb(): Promise<YanhuDB> {
	snapshot ??= (async () => {
		const db = new YanhuDB('yanhu-prerender', { indexedDB, IDBKeyRange });
		await seedContent(db, contentBundle);
		return db;
	})();
	return snapshot;
}
