import { error } from '@sveltejs/kit';
import { pillarContents } from '$lib/data/repositories/catalogue';
import { snapshotDb } from '$lib/data/snapshot-db.server';
import { PILLARS, type PillarId } from '$lib/domain/content-model';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => PILLARS.map((pillar) => ({ pillar }));

// Prerendered with the pillar's lists; in the browser the page then follows IndexedDB.
export const load: PageServerLoad = async ({ params }) => {
	if (!PILLARS.includes(params.pillar as PillarId)) error(404, 'Not found');
	const pillar = params.pillar as PillarId;
	return { pillar, snapshot: await pillarContents(pillar, await snapshotDb()) };
};
