import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { contentBundle } from '$lib/content/index';
import { getDb, resetDbForTests } from '$lib/data/db';
import {
	childrenOf,
	dishesAt,
	getItinerary,
	getPlace,
	listDishes,
	listItineraries,
	listPlaces
} from '$lib/data/repositories/content';
import { seedContent } from '$lib/data/seed';
import { useSeededDb } from '../helpers/seeded-db';

const seeded = useSeededDb();

describe('content repository', () => {
	it('gets a place by id, zh-TW included', async () => {
		const temple = await getPlace('xiezhou-guandi-temple', seeded());
		expect(temple?.name['zh-TW']).toBe('解州關帝廟');
		expect(await getPlace('nowhere', seeded())).toBeUndefined();
	});

	it('lists places by pillar and kind', async () => {
		const food = await listPlaces({ pillar: 'food' }, seeded());
		expect(food.map((p) => p.id)).toContain('xiezhou-west-gate-food');
		expect(food.every((p) => p.pillar === 'food')).toBe(true);
		const transport = await listPlaces({ kind: 'transport' }, seeded());
		expect(transport.map((p) => p.id)).toEqual([
			'yuncheng-airport',
			'yuncheng-north-station',
			'yuncheng-station'
		]);
		const lakeTemples = await listPlaces({ pillar: 'salt-lake', kind: 'temple' }, seeded());
		expect(lakeTemples.map((p) => p.id)).toEqual(['chishen-temple']);
		expect(await listPlaces({}, seeded())).toHaveLength(contentBundle.places.length);
	});

	it("lists a temple's halls in axis order", async () => {
		const halls = await childrenOf('xiezhou-guandi-temple', seeded());
		expect(halls.map((h) => h.order)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(halls[0]?.id).toBe('xiezhou-guandi-temple-jieyi-garden');
		expect(await childrenOf('yuncheng-airport', seeded())).toEqual([]);
	});

	it('gets and lists itineraries', async () => {
		expect((await getItinerary('salt-lake-day', seeded()))?.pillar).toBe('salt-lake');
		const guanGong = await listItineraries('guan-gong', seeded());
		expect(guanGong.map((i) => i.id)).toEqual([
			'best-of-two-days',
			'guandi-temple-half-day',
			'guangong-hometown-day'
		]);
		expect(await listItineraries(undefined, seeded())).toHaveLength(
			contentBundle.itineraries.length
		);
	});

	it('lists dishes and where they are eaten', async () => {
		expect(await listDishes(seeded())).toHaveLength(contentBundle.dishes.length);
		expect((await dishesAt('xiezhou-west-gate-food', seeded())).map((d) => d.id)).toEqual([
			'xiezhou-mutton-paomo'
		]);
	});

	it('reads the app database through getDb() by default', async () => {
		resetDbForTests();
		await seedContent(getDb(), contentBundle);
		expect((await getPlace('chishen-temple'))?.kind).toBe('temple');
		await getDb().delete();
		resetDbForTests();
	});
});
