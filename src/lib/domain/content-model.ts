/**
 * The curated content model (places, dishes, itineraries, seasonal rules).
 * Pure types: the valibot schemas that check them live in content-schema.ts.
 * Every record is keyed by a stable string id; Dexie indexes the fields named in data/db.ts
 * (places: id, kind, pillar, parentId; itineraries: id, pillar).
 */

export const LOCALES = ['zh-CN', 'en', 'zh-TW'] as const;
export type Locale = (typeof LOCALES)[number];

/** Text in each locale; zh-CN and en are required, zh-TW may be derived (opencc) at build. */
export type LocalizedText = { 'zh-CN': string; en: string; 'zh-TW'?: string };

export type PillarId = 'guan-gong' | 'salt-lake' | 'food';
export const PILLARS: readonly PillarId[] = ['guan-gong', 'salt-lake', 'food'];

/** Bumped whenever the shape of a record changes (not when the data changes: that is `hash`). */
export const CONTENT_MODEL_VERSION = 1;

/**
 * A public source for a fact.
 * `verified`: when the research pass read the page and checked the fact (YYYY-MM or YYYY-MM-DD).
 * `asOf`: the date the source itself gives for the fact (its publication or "valid from" date);
 * absent when the page is undated. Prices and hours are shown with `asOf` ("¥60 in 2024-09").
 */
export type Source = {
	url: string;
	title?: string;
	verified: string;
	asOf?: string;
	/** 'low' for reposts, trip notes and pages the research flagged as weak. */
	reliability?: 'high' | 'medium' | 'low';
};

export const PLACE_KINDS = [
	'temple',
	'museum',
	'lake-site',
	'viewpoint',
	'food',
	'town',
	'nature',
	'transport'
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * How a coordinate was obtained, in the research README's trust order:
 * two agreeing WGS84 sources > one WGS84 source > GCJ-02 converted (±50 m plus geocoder error)
 * > an estimate from a described relation ("at Xiezhou's west gate").
 */
export type LocationMethod = 'wgs84-cross-checked' | 'wgs84' | 'gcj02-converted' | 'estimate';

/** The UI shows "approximate location" for anything coarser than this (metres). */
export const APPROXIMATE_LOCATION_M = 100;

/** A WGS84 point with its honest precision (radius in metres that covers the doubt). */
export type PlaceLocation = {
	lon: number;
	lat: number;
	precisionM: number;
	method: LocationMethod;
	source: Source;
	/** How the value was derived, in English (a data note, not UI copy). */
	note?: string;
	/** Set only for a deliberate point outside the district box (see content-schema.ts). */
	outsideDistrict?: true;
};

/** 'MM-DD', a day of the year without a year. */
export type MonthDay = string;
/** 'HH:MM' on the local 24-hour clock (China Standard Time, no DST). */
export type ClockTime = string;
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type HoursPeriod = {
	label?: LocalizedText;
	/**
	 * Inclusive day range, may wrap the year end (11-01..03-31).
	 * Absent when the source names a season without its dates ("summer" / "winter"):
	 * the engine then answers only where all such periods agree.
	 */
	dates?: { from: MonthDay; to: MonthDay };
	/** Days the period applies to; absent = every day. A listed-out weekday is closed. */
	weekdays?: IsoWeekday[];
	/** Open intervals on one day, each open < close (no past-midnight hours in this dataset). */
	intervals: { open: ClockTime; close: ClockTime }[];
};

/**
 * Opening hours as data. 'scheduled' periods that overlap are alternatives from conflicting
 * sources or undated seasons; the engine says "unknown" wherever they disagree.
 */
export type OpeningHours =
	| { status: 'unknown'; note?: LocalizedText; sources?: Source[] }
	| { status: 'scheduled'; periods: HoursPeriod[]; note?: LocalizedText; source: Source };

export type PriceItem = { label: LocalizedText; cny: number };

/** Admission; a price is only meaningful with the date of its source (`source.asOf`). */
export type Price =
	| { status: 'unknown'; note?: LocalizedText; sources?: Source[] }
	| { status: 'free'; note?: LocalizedText; source: Source }
	| { status: 'paid'; items: PriceItem[]; note?: LocalizedText; source: Source };

/** Typical time spent at a place, minutes. */
export type VisitMinutes = { min: number; max: number; source?: Source };

export type Place = {
	id: string;
	kind: PlaceKind;
	pillar?: PillarId;
	/** The enclosing place (a hall inside a temple, a museum inside a scenic area). */
	parentId?: string;
	/** Position among the parent's children, south to north along a temple axis. */
	order?: number;
	name: LocalizedText;
	/** Hanyu pinyin with tone marks, for the "show this to a driver" card and search. */
	pinyin: string;
	/** Other names in use (older, official, scenic-area names), any script. */
	aliases: string[];
	/** Null when no source gives a position and no honest estimate exists. */
	location: PlaceLocation | null;
	address?: LocalizedText;
	summary: LocalizedText;
	/** Things worth noticing on the spot. */
	lookFor: LocalizedText[];
	hours: OpeningHours;
	/** Older hours kept as history when sources of different years disagree. */
	hoursHistory?: OpeningHours[];
	price: Price;
	priceHistory?: Price[];
	visitMinutes?: VisitMinutes;
	tags: string[];
	sources: Source[];
};

export type Dish = {
	id: string;
	name: LocalizedText;
	pinyin: string;
	aliases: string[];
	/** What it is. */
	summary: LocalizedText;
	/** Food places (kind 'food') where the sources say it is eaten. */
	placeIds: string[];
	/** Where it is eaten when no mapped place fits (e.g. "restaurants across the city"). */
	whereNote?: LocalizedText;
	/** Set when the sources tie the dish to a season. */
	season?: LocalizedText;
	/** A named set the dish belongs to, e.g. 'sicai-yitang-yibing'. */
	group?: string;
	tags: string[];
	sources: Source[];
};

export const TRANSPORT_MODES = ['walk', 'taxi', 'bus', 'car', 'train'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

export type ItineraryStop = {
	placeId: string;
	/** Suggested arrival, local time. */
	time?: ClockTime;
	/** Suggested stay, minutes. */
	stayMinutes: number;
	tip?: LocalizedText;
	/** How to reach the next stop; absent on the last stop of a day. Minutes only where sourced. */
	transportToNext?: { mode: TransportMode; minutes?: number; note?: LocalizedText };
};

export type ItineraryDay = { title: LocalizedText; stops: ItineraryStop[] };

export type Itinerary = {
	id: string;
	pillar: PillarId;
	title: LocalizedText;
	summary: LocalizedText;
	days: ItineraryDay[];
	/** Months (1–12) the sources call the best time; empty = any time. */
	bestMonths: number[];
	/** Seasonal rules that make this itinerary worth suggesting. */
	seasonRuleIds: string[];
	tags: string[];
	sources: Source[];
};

/** When a seasonal rule holds. A rule holds when any of its `when` entries holds. */
export type RuleWhen =
	/** Every year from..to inclusive; may wrap the year end (12-20..01-31). */
	| { type: 'gregorian'; from: MonthDay; to: MonthDay }
	/** A lunar (农历) date or inclusive range in the same lunar year; leap months never match. */
	| { type: 'lunar'; month: number; day: number; toMonth?: number; toDay?: number }
	/**
	 * A yearly event on about the same Gregorian date, lasting `days` days.
	 * `observed` holds the real dates of past years; they win over `date` for that year.
	 */
	| {
			type: 'annual';
			date: MonthDay;
			days: number;
			approximate: boolean;
			observed?: { start: string; end: string }[];
	  };

export type Confidence = 'high' | 'medium' | 'low';
export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

export const RULE_KINDS = ['phenomenon', 'wildlife', 'event', 'hours'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export type SeasonalRule = {
	id: string;
	kind: RuleKind;
	title: LocalizedText;
	/** Why it matters now. */
	reason: LocalizedText;
	when: RuleWhen[];
	/** Something the visitor must check themselves (weather, a yearly programme). */
	condition?: LocalizedText;
	suggests: { placeIds: string[]; itineraryIds: string[] };
	/** From the source quality: official/dated news = high, reposts = medium, one weak page = low. */
	confidence: Confidence;
	sources: Source[];
};

/** Names kept for data/db.ts and older imports. */
export type PlaceRecord = Place;
export type DishRecord = Dish;
export type ItineraryRecord = Itinerary;
export type SeasonalRuleRecord = SeasonalRule;

/** What the app bundles and seeds into IndexedDB; `hash` changes whenever any record changes. */
export type ContentBundle = {
	version: number;
	hash: string;
	places: Place[];
	dishes: Dish[];
	itineraries: Itinerary[];
	seasonalRules: SeasonalRule[];
};

/** The district box (WGS84 degrees) every place must fall in unless flagged `outsideDistrict`. */
export const DISTRICT_BOX = { minLon: 110.7, maxLon: 111.25, minLat: 34.78, maxLat: 35.4 } as const;

/** What a list of places shows (and a map needs): a place without its long fields. */
export type PlaceSummary = Pick<Place, 'id' | 'kind' | 'pillar' | 'name' | 'summary' | 'location'>;

/** What a list of itineraries shows. */
export type ItinerarySummary = Pick<
	Itinerary,
	'id' | 'pillar' | 'title' | 'summary' | 'bestMonths'
> & {
	dayCount: number;
	stopCount: number;
};
