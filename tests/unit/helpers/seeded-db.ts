import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { contentBundle } from '$lib/content/index';
import { YanhuDB } from '$lib/data/db';
import { seedContent } from '$lib/data/seed';

/**
 * A fresh database per test (fake-indexeddb), seeded with the real bundled content, deleted after.
 * Call at the top of a test file or describe block; the returned function gives the current db.
 */
export function useSeededDb(): () => YanhuDB {
	let db: YanhuDB;
	beforeEach(async () => {
		db = new YanhuDB(`test-${Math.random().toString(36).slice(2)}`);
		await seedContent(db, contentBundle);
	});
	afterEach(async () => {
		await db.delete();
	});
	return () => db;
}
