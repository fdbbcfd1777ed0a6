import { itineraryCatalogue } from '$lib/data/repositories/catalogue';
import { snapshotDb } from '$lib/data/snapshot-db.server';
import type { PageServerLoad } from './$types';

// Prerendered with the list; in the browser the page then follows IndexedDB.
export const load: PageServerLoad = async () => ({
	snapshot: await itineraryCatalogue(await snapshotDb())
});
