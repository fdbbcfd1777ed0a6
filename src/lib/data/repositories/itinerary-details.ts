import type { Itinerary, PlaceSummary } from '$lib/domain/content-model';
import { summarizePlace } from '$lib/domain/summaries';
import { getDb, type YanhuDB } from '../db';
import { getItinerary, getPlaces } from './content';

export type ItineraryDetails = {
	/** Undefined when the id is not in the guide. */
	itinerary?: Itinerary;
	/** The stops' places in visiting order (names for the timeline, points for the route map). */
	stops: PlaceSummary[];
};

/** Everything an itinerary page shows, in one read. */
export async function itineraryDetails(
	id: string,
	db: YanhuDB = getDb()
): Promise<ItineraryDetails> {
	const itinerary = await getItinerary(id, db);
	const stopIds = itinerary?.days.flatMap((day) => day.stops.map((stop) => stop.placeId)) ?? [];
	const stops = (await getPlaces(stopIds, db)).map(summarizePlace);
	const details: ItineraryDetails = { stops };
	if (itinerary) details.itinerary = itinerary;
	return details;
}
