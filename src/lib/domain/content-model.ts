/**
 * The curated content model (places, dishes, itineraries, seasonal rules).
 * Pure types: the valibot schemas that check them live in content-schema.ts.
 * Every record is keyed by a stable string id; Dexie indexes the fields named in data/db.ts.
 */

export const LOCALES = ['zh-CN', 'en', 'zh-TW'] as const;
export type Locale = (typeof LOCALES)[number];

/** Text in each locale; zh-CN and en are required, zh-TW may be derived (opencc) at build. */
export type LocalizedText = { 'zh-CN': string; en: string; 'zh-TW'?: string };

export type PillarId = 'guan-gong' | 'salt-lake' | 'food';
export const PILLARS: readonly PillarId[] = ['guan-gong', 'salt-lake', 'food'];

/** A public source for a fact, with the day (or month) it was checked. */
export type Source = { url: string; title?: string; verified: string };

export type PlaceRecord = {
	id: string;
	kind: string;
	pillar?: PillarId;
	parentId?: string;
	[key: string]: unknown;
};
export type DishRecord = { id: string; [key: string]: unknown };
export type ItineraryRecord = { id: string; pillar: PillarId; [key: string]: unknown };
export type SeasonalRuleRecord = { id: string; [key: string]: unknown };

/** What the app bundles and seeds into IndexedDB; `hash` changes whenever any record changes. */
export type ContentBundle = {
	version: number;
	hash: string;
	places: PlaceRecord[];
	dishes: DishRecord[];
	itineraries: ItineraryRecord[];
	seasonalRules: SeasonalRuleRecord[];
};
