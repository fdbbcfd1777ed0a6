import type { Dish, ItinerarySummary, Place, PlaceSummary } from '$lib/domain/content-model';
import { summarizeItinerary, summarizePlace } from '$lib/domain/summaries';
import { getDb, type YanhuDB } from '../db';
import { childrenOf, dishesAt, getPlace } from './content';

export type PlaceDetails = {
	place: Place;
	parent?: PlaceSummary;
	children: PlaceSummary[];
	dishes: Dish[];
	/** Itineraries with a stop at this place. */
	itineraries: ItinerarySummary[];
};

/** Everything a place page shows, in one read; undefined when the id is not in the guide. */
export async function placeDetails(
	id: string,
	db: YanhuDB = getDb()
): Promise<PlaceDetails | undefined> {
	const place = await getPlace(id, db);
	if (!place) return undefined;
	const [parent, children, dishes, allItineraries] = await Promise.all([
		place.parentId ? getPlace(place.parentId, db) : undefined,
		childrenOf(id, db),
		dishesAt(id, db),
		db.itineraries.toArray()
	]);
	const itineraries = allItineraries
		.filter((it) => it.days.some((day) => day.stops.some((stop) => stop.placeId === id)))
		.map(summarizeItinerary);
	const details: PlaceDetails = {
		place,
		children: children.map(summarizePlace),
		dishes,
		itineraries
	};
	if (parent) details.parent = summarizePlace(parent);
	return details;
}
