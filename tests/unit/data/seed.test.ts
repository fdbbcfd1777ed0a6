import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { USER_TABLES, YanhuDB } from '$lib/data/db';
import { CONTENT_HASH_KEY, seedContent } from '$lib/data/seed';
import type { ContentBundle } from '$lib/domain/content-model';

/** Records cut down to their keys: the seeder copies rows and must not care what they hold. */
function bundle(hash: string, placeIds: string[]): ContentBundle {
	return {
		version: 1,
		hash,
		places: placeIds.map((id) => ({ id, kind: 'temple', pillar: 'guan-gong' })),
		dishes: [{ id: 'dish-a' }],
		itineraries: [{ id: 'it-a', pillar: 'guan-gong' }],
		seasonalRules: [{ id: 'rule-a' }]
	} as unknown as ContentBundle;
}

const opened: YanhuDB[] = [];
function freshDb(): YanhuDB {
	const db = new YanhuDB(`seed-test-${Math.random().toString(36).slice(2)}`);
	opened.push(db);
	return db;
}

afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

describe('seedContent', () => {
	it('loads every content table and records the hash', async () => {
		const db = freshDb();
		const result = await seedContent(db, bundle('h1', ['a', 'b']));
		expect(result.seeded).toBe(true);
		expect(await db.places.count()).toBe(2);
		expect(await db.dishes.count()).toBe(1);
		expect(await db.itineraries.count()).toBe(1);
		expect(await db.seasonalRules.count()).toBe(1);
		expect((await db.meta.get(CONTENT_HASH_KEY))?.value).toBe('h1');
	});

	it('does nothing when the hash is unchanged', async () => {
		const db = freshDb();
		await seedContent(db, bundle('h1', ['a', 'b']));
		await db.places.delete('a'); // a change the seeder would undo if it reseeded
		const again = await seedContent(db, bundle('h1', ['a', 'b']));
		expect(again.seeded).toBe(false);
		expect(await db.places.count()).toBe(1);
	});

	it('replaces content wholesale when the hash changes: removed places are gone', async () => {
		const db = freshDb();
		await seedContent(db, bundle('h1', ['a', 'b']));
		await seedContent(db, bundle('h2', ['b', 'c']));
		expect((await db.places.toArray()).map((p) => p.id).sort()).toEqual(['b', 'c']);
		expect((await db.meta.get(CONTENT_HASH_KEY))?.value).toBe('h2');
	});

	it('never touches user tables: a favourite, a route, progress and a setting survive a reseed', async () => {
		const db = freshDb();
		await seedContent(db, bundle('h1', ['a']));
		const now = Date.now();
		await db.favourites.put({
			id: 'fav-1',
			placeId: 'a',
			status: 'want',
			note: '早上去，人少',
			createdAt: now,
			updatedAt: now
		});
		await db.routes.put({
			id: 'r-1',
			origin: 'own',
			title: 'Mine',
			days: [],
			createdAt: now,
			updatedAt: now
		});
		await db.progress.put({ id: 'r-1:a', routeId: 'r-1', stopKey: 'a', visitedAt: now });
		await db.settings.put({ key: 'tripDate', value: '2025-05-05', updatedAt: now });
		const before = await Promise.all(USER_TABLES.map((name) => db.table(name).toArray()));

		// Content changes, even removing the favourited place: the user's rows stay as they were.
		await seedContent(db, bundle('h2', ['b']));
		const after = await Promise.all(USER_TABLES.map((name) => db.table(name).toArray()));
		expect(after).toEqual(before);
		expect((await db.favourites.get('fav-1'))?.note).toBe('早上去，人少');
	});

	it('leaves the old content in place when the new bundle cannot be written', async () => {
		const db = freshDb();
		await seedContent(db, bundle('h1', ['a', 'b']));
		const broken = bundle('h2', ['c']);
		// A record without its primary key makes bulkPut fail inside the transaction.
		broken.itineraries = [{ pillar: 'food' } as unknown as ContentBundle['itineraries'][number]];
		await expect(seedContent(db, broken)).rejects.toThrow();
		expect((await db.places.toArray()).map((p) => p.id).sort()).toEqual(['a', 'b']);
		expect((await db.meta.get(CONTENT_HASH_KEY))?.value).toBe('h1');
	});
});
