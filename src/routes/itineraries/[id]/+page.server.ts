import { itineraryDetails } from '$lib/data/repositories/itinerary-details';
import { snapshotDb } from '$lib/data/snapshot-db.server';
import type { PageServerLoad } from './$types';

// Prerendered with the itinerary's content; in the browser the page then follows IndexedDB.
export const load: PageServerLoad = async ({ params }) => ({
	id: params.id,
	snapshot: await itineraryDetails(params.id, await snapshotDb())
});
