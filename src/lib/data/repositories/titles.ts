import type { LocalizedText } from '$lib/domain/content-model';
import { getDb, type YanhuDB } from '../db';

export type TitleIndex = {
	itineraries: Map<string, LocalizedText>;
	places: Map<string, LocalizedText>;
};

/** Names of itineraries and places by id, for pages that link to many of them (suggestions). */
export async function titleIndex(db: YanhuDB = getDb()): Promise<TitleIndex> {
	const [itineraries, places] = await Promise.all([db.itineraries.toArray(), db.places.toArray()]);
	return {
		itineraries: new Map(itineraries.map((it) => [it.id, it.title])),
		places: new Map(places.map((place) => [place.id, place.name]))
	};
}
