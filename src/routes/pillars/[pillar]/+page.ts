import { error } from '@sveltejs/kit';
import { PILLARS, type PillarId } from '$lib/domain/content-model';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => PILLARS.map((pillar) => ({ pillar }));

export const load: PageLoad = ({ params }) => {
	if (!PILLARS.includes(params.pillar as PillarId)) error(404, 'Not found');
	return { pillar: params.pillar as PillarId };
};
