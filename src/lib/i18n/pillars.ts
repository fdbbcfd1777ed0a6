import type { PillarId } from '$lib/domain/content-model';
import { m } from '$lib/paraglide/messages';

/** The translated title and summary of a pillar (one switch, so a new pillar fails type-checking). */
export function pillarTexts(pillar: PillarId): { title: string; summary: string } {
	switch (pillar) {
		case 'guan-gong':
			return { title: m.pillar_guan_gong_title(), summary: m.pillar_guan_gong_summary() };
		case 'salt-lake':
			return { title: m.pillar_salt_lake_title(), summary: m.pillar_salt_lake_summary() };
		case 'food':
			return { title: m.pillar_food_title(), summary: m.pillar_food_summary() };
	}
}
