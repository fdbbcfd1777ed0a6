import type { ContentBundle } from '$lib/domain/content-model';
import { CONTENT_TABLES, type YanhuDB } from './db';

export const CONTENT_HASH_KEY = 'contentHash';

export type SeedResult = { seeded: boolean; hash: string; ms: number };

/**
 * Loads the bundled content into IndexedDB when its hash differs from the stored one.
 * The content tables are cleared and refilled in one transaction (a reader never sees half a
 * dataset); user tables are outside the transaction's scope, so Dexie itself forbids touching them.
 */
export async function seedContent(db: YanhuDB, bundle: ContentBundle): Promise<SeedResult> {
	const started = performance.now();
	const stored = await db.meta.get(CONTENT_HASH_KEY);
	if (stored?.value === bundle.hash) {
		return { seeded: false, hash: bundle.hash, ms: performance.now() - started };
	}
	const tables = CONTENT_TABLES.map((name) => db.table(name));
	await db.transaction('rw', [...tables, db.meta], async () => {
		await Promise.all(tables.map((table) => table.clear()));
		await db.places.bulkPut(bundle.places);
		await db.dishes.bulkPut(bundle.dishes);
		await db.itineraries.bulkPut(bundle.itineraries);
		await db.seasonalRules.bulkPut(bundle.seasonalRules);
		await db.meta.put({ key: CONTENT_HASH_KEY, value: bundle.hash });
		await db.meta.put({ key: 'contentVersion', value: bundle.version });
	});
	return { seeded: true, hash: bundle.hash, ms: performance.now() - started };
}
