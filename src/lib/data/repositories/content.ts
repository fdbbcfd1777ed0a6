import type { Dish, Itinerary, PillarId, Place, PlaceKind } from '$lib/domain/content-model';
import { getDb, type YanhuDB } from '../db';

/**
 * Read access to the seeded content tables. Plain async functions; the `db` parameter exists for
 * tests and defaults to the app's database. Lists come back in a stable order (by id, children
 * by their `order` along the parent's axis).
 */

export async function getPlace(id: string, db: YanhuDB = getDb()): Promise<Place | undefined> {
	return db.places.get(id);
}

export type PlaceFilter = { pillar?: PillarId; kind?: PlaceKind };

/** Places by pillar and/or kind, using an index for the first criterion. */
export async function listPlaces(
	filter: PlaceFilter = {},
	db: YanhuDB = getDb()
): Promise<Place[]> {
	const { pillar, kind } = filter;
	if (pillar !== undefined) {
		const rows = await db.places.where('pillar').equals(pillar).sortBy('id');
		return kind === undefined ? rows : rows.filter((place) => place.kind === kind);
	}
	if (kind !== undefined) return db.places.where('kind').equals(kind).sortBy('id');
	return db.places.orderBy('id').toArray();
}

/** The places inside `id` (halls of a temple), in their order along the axis. */
export async function childrenOf(id: string, db: YanhuDB = getDb()): Promise<Place[]> {
	const rows = await db.places.where('parentId').equals(id).toArray();
	return rows.sort(
		(a, b) =>
			(a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
			a.id.localeCompare(b.id)
	);
}

export async function getItinerary(
	id: string,
	db: YanhuDB = getDb()
): Promise<Itinerary | undefined> {
	return db.itineraries.get(id);
}

export async function listItineraries(
	pillar?: PillarId,
	db: YanhuDB = getDb()
): Promise<Itinerary[]> {
	if (pillar === undefined) return db.itineraries.orderBy('id').toArray();
	return db.itineraries.where('pillar').equals(pillar).sortBy('id');
}

export async function listDishes(db: YanhuDB = getDb()): Promise<Dish[]> {
	return db.dishes.orderBy('id').toArray();
}

/** The dishes the sources tie to a food place. */
export async function dishesAt(placeId: string, db: YanhuDB = getDb()): Promise<Dish[]> {
	const dishes = await listDishes(db);
	return dishes.filter((dish) => dish.placeIds.includes(placeId));
}

/** The places with these ids, in the same order; ids not in the guide are left out. */
export async function getPlaces(ids: string[], db: YanhuDB = getDb()): Promise<Place[]> {
	const rows = await db.places.bulkGet(ids);
	return rows.filter((place): place is Place => place !== undefined);
}
