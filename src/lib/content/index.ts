import {
	CONTENT_MODEL_VERSION,
	type ContentBundle,
	type Dish,
	type Itinerary,
	type Place,
	type SeasonalRule
} from '$lib/domain/content-model';
import { contentHash } from '$lib/domain/hash';
import records from './bundle.json';

/**
 * The curated dataset, zh-TW filled (bundle.json is built from source/*.json by
 * `npm run content:build`). The app imports this module dynamically so it is its own chunk.
 * Records are checked by validateContentBundle in the unit tests and the app build, not here,
 * to keep valibot out of this chunk.
 */
const data = records as unknown as {
	places: Place[];
	dishes: Dish[];
	itineraries: Itinerary[];
	seasonalRules: SeasonalRule[];
};

export const contentBundle: ContentBundle = {
	version: CONTENT_MODEL_VERSION,
	// Hashed at load (a few ms) so the hash can never disagree with the records it describes.
	hash: contentHash({ version: CONTENT_MODEL_VERSION, ...data }),
	places: data.places,
	dishes: data.dishes,
	itineraries: data.itineraries,
	seasonalRules: data.seasonalRules
};
