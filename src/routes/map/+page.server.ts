import { placeCatalogue } from '$lib/data/repositories/catalogue';
import { snapshotDb } from '$lib/data/snapshot-db.server';
import type { PageServerLoad } from './$types';

// Prerendered with the list twin filled in; in the browser the page then follows IndexedDB.
export const load: PageServerLoad = async () => ({
	snapshot: await placeCatalogue(await snapshotDb())
});
