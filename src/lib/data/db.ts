import { Dexie, type EntityTable } from 'dexie';
import type {
	DishRecord,
	ItineraryRecord,
	PlaceRecord,
	SeasonalRuleRecord
} from '$lib/domain/content-model';
import type {
	Favourite,
	FavouriteList,
	Meta,
	Setting,
	StopProgress,
	UserRoute
} from '$lib/domain/user-model';

export const DB_NAME = 'yanhu-guide';

/** Content tables are replaced wholesale by the seeder; user tables are never touched by it. */
export const CONTENT_TABLES = ['places', 'dishes', 'itineraries', 'seasonalRules'] as const;
export const USER_TABLES = [
	'favourites',
	'favouriteLists',
	'routes',
	'progress',
	'settings'
] as const;

/**
 * The one Dexie class holding the whole schema history. Every schema change adds a
 * `this.version(n)` below (never edits an old one) and lands with a test in
 * tests/unit/data/ that seeds version n-1 and opens n.
 */
export class YanhuDB extends Dexie {
	places!: EntityTable<PlaceRecord, 'id'>;
	dishes!: EntityTable<DishRecord, 'id'>;
	itineraries!: EntityTable<ItineraryRecord, 'id'>;
	seasonalRules!: EntityTable<SeasonalRuleRecord, 'id'>;
	favourites!: EntityTable<Favourite, 'id'>;
	favouriteLists!: EntityTable<FavouriteList, 'id'>;
	routes!: EntityTable<UserRoute, 'id'>;
	progress!: EntityTable<StopProgress, 'id'>;
	settings!: EntityTable<Setting, 'key'>;
	meta!: EntityTable<Meta, 'key'>;

	/** `options` carries another IndexedDB implementation (the build's snapshot, tests). */
	constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		this.version(1).stores({
			places: 'id, kind, pillar, parentId',
			dishes: 'id',
			itineraries: 'id, pillar',
			seasonalRules: 'id',
			favourites: 'id, placeId, listId, status, updatedAt',
			favouriteLists: 'id, updatedAt',
			routes: 'id, origin, updatedAt, publisher.routeKey',
			progress: 'id, routeId',
			settings: 'key',
			meta: 'key'
		});
	}
}

let instance: YanhuDB | undefined;

/** The app's database, opened lazily so importing this module never touches IndexedDB. */
export function getDb(): YanhuDB {
	instance ??= new YanhuDB();
	return instance;
}

/** For tests: close and forget the singleton. */
export function resetDbForTests(): void {
	instance?.close();
	instance = undefined;
}
