import type { Dish, ItinerarySummary, PillarId, PlaceSummary } from '$lib/domain/content-model';
import { summarizeItinerary, summarizePlace } from '$lib/domain/summaries';
import { getDb, type YanhuDB } from '../db';
import { listDishes, listItineraries, listPlaces } from './content';

export type PillarContents = {
	/** Top-level places only: halls inside a temple are listed on the temple's page. */
	places: PlaceSummary[];
	itineraries: ItinerarySummary[];
	/** The food pillar lists the dishes; the others have none. */
	dishes: Dish[];
};

export async function pillarContents(
	pillar: PillarId,
	db: YanhuDB = getDb()
): Promise<PillarContents> {
	const [places, itineraries, dishes] = await Promise.all([
		listPlaces({ pillar }, db),
		listItineraries(pillar, db),
		pillar === 'food' ? listDishes(db) : Promise.resolve([])
	]);
	return {
		places: places.filter((place) => !place.parentId).map(summarizePlace),
		itineraries: itineraries.map(summarizeItinerary),
		dishes
	};
}

/** Every itinerary in short form, for the itineraries page. */
export async function itineraryCatalogue(db: YanhuDB = getDb()): Promise<ItinerarySummary[]> {
	return (await listItineraries(undefined, db)).map(summarizeItinerary);
}

/** Every place in short form, for the map and its list twin. */
export async function placeCatalogue(db: YanhuDB = getDb()): Promise<PlaceSummary[]> {
	return (await listPlaces({}, db)).map(summarizePlace);
}
