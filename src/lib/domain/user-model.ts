/**
 * User data: what the visitor (or an agency) made. These rows live in their own tables and
 * are never touched by content seeding, schema upgrades or service-worker updates.
 * Every row carries `updatedAt` (ms since epoch) so backup/restore and later sync can merge.
 */

export type FavouriteStatus = 'want' | 'visited';

export type Favourite = {
	id: string;
	/** Content place id, or a custom point's id. */
	placeId: string;
	listId?: string;
	status: FavouriteStatus;
	note: string;
	createdAt: number;
	updatedAt: number;
};

export type FavouriteList = { id: string; name: string; createdAt: number; updatedAt: number };

/** A route a user built or received (from an agency link or file). */
export type UserRoute = {
	id: string;
	/** 'own' for routes built here; 'shared' for ones received. */
	origin: 'own' | 'shared';
	title: string;
	days: { stops: { placeId?: string; lon?: number; lat?: number; note?: string }[] }[];
	/** Agency branding and update identity for shared routes. */
	publisher?: { name: string; url?: string; routeKey: string; version: number };
	createdAt: number;
	updatedAt: number;
};

/** Progress through an itinerary or route: one row per visited stop. */
export type StopProgress = {
	/** `${routeId}:${stopKey}` */
	id: string;
	routeId: string;
	stopKey: string;
	visitedAt: number;
};

/** Small user settings (planned trip date, map preferences) as key/value rows. */
export type Setting = { key: string; value: unknown; updatedAt: number };

export type Meta = { key: string; value: unknown };
