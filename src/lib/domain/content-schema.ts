import * as v from 'valibot';
import {
	CONFIDENCES,
	DISTRICT_BOX,
	PILLARS,
	PLACE_KINDS,
	RULE_KINDS,
	TRANSPORT_MODES,
	type ContentBundle
} from './content-model';
import { isMonthDay } from './calendar';
import { isLocalDate } from './local-date';

/**
 * Valibot schemas for the curated content. The build (a Vite plugin) and the unit tests run
 * `validateContentBundle`, so content with a missing source, a missing zh-CN/en text, a
 * coordinate outside the district box (unless flagged) or a missing precision never ships.
 * Objects are strict: a misspelt field is an error, not silently dropped data.
 */

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** YYYY, YYYY-MM or YYYY-MM-DD. */
const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

const nonEmpty = (what: string) =>
	v.pipe(
		v.string(`${what} is missing`),
		v.check((text) => text.trim().length > 0, `${what} is empty`)
	);
const Id = v.pipe(v.string(), v.regex(ID, 'id must be kebab-case (a-z, 0-9, -)'));
const MonthDaySchema = v.pipe(v.string(), v.check(isMonthDay, 'must be a real day as MM-DD'));
const ClockSchema = v.pipe(v.string(), v.regex(CLOCK, 'must be HH:MM (24 h)'));
const IsoDateSchema = v.pipe(v.string(), v.check(isLocalDate, 'must be a date as YYYY-MM-DD'));

export const LocalizedTextSchema = v.strictObject({
	'zh-CN': nonEmpty('zh-CN text'),
	en: nonEmpty('en text'),
	'zh-TW': v.optional(nonEmpty('zh-TW text'))
});

export const SourceSchema = v.strictObject({
	url: v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/, 'source url must be http(s)')),
	title: v.optional(nonEmpty('title')),
	verified: v.pipe(v.string(), v.regex(PARTIAL_DATE, 'verified must be YYYY[-MM[-DD]]')),
	asOf: v.optional(v.pipe(v.string(), v.regex(PARTIAL_DATE, 'asOf must be YYYY[-MM[-DD]]'))),
	reliability: v.optional(v.picklist(['high', 'medium', 'low']))
});
const Sources = v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source'));

export const PlaceLocationSchema = v.pipe(
	v.strictObject({
		lon: v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180)),
		lat: v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90)),
		precisionM: v.pipe(
			v.number('precisionM is missing'),
			v.finite(),
			v.minValue(1, 'precisionM must be ≥ 1 m')
		),
		method: v.picklist(['wgs84-cross-checked', 'wgs84', 'gcj02-converted', 'estimate']),
		source: SourceSchema,
		note: v.optional(nonEmpty('note')),
		outsideDistrict: v.optional(v.literal(true))
	}),
	v.check(
		(location) =>
			location.outsideDistrict === true ||
			(location.lon >= DISTRICT_BOX.minLon &&
				location.lon <= DISTRICT_BOX.maxLon &&
				location.lat >= DISTRICT_BOX.minLat &&
				location.lat <= DISTRICT_BOX.maxLat),
		'coordinate is outside the district box (lon 110.70–111.25, lat 34.78–35.40) and not flagged outsideDistrict'
	)
);

const HoursPeriodSchema = v.strictObject({
	label: v.optional(LocalizedTextSchema),
	dates: v.optional(v.strictObject({ from: MonthDaySchema, to: MonthDaySchema })),
	weekdays: v.optional(
		v.pipe(
			v.array(v.picklist([1, 2, 3, 4, 5, 6, 7] as const)),
			v.minLength(1, 'weekdays, when given, lists at least one day')
		)
	),
	intervals: v.pipe(
		v.array(
			v.pipe(
				v.strictObject({ open: ClockSchema, close: ClockSchema }),
				v.check((interval) => interval.open < interval.close, 'open must be before close')
			)
		),
		v.minLength(1, 'a period needs at least one interval')
	)
});

/** A fact no source gives (hours, price): shown as unknown, with why and where we looked. */
const UnknownFactSchema = v.strictObject({
	status: v.literal('unknown'),
	note: v.optional(LocalizedTextSchema),
	sources: v.optional(v.array(SourceSchema))
});

export const OpeningHoursSchema = v.variant('status', [
	UnknownFactSchema,
	v.strictObject({
		status: v.literal('scheduled'),
		periods: v.pipe(v.array(HoursPeriodSchema), v.minLength(1, 'needs at least one period')),
		note: v.optional(LocalizedTextSchema),
		source: SourceSchema
	})
]);

export const PriceSchema = v.variant('status', [
	UnknownFactSchema,
	v.strictObject({
		status: v.literal('free'),
		note: v.optional(LocalizedTextSchema),
		source: SourceSchema
	}),
	v.strictObject({
		status: v.literal('paid'),
		items: v.pipe(
			v.array(
				v.strictObject({
					label: LocalizedTextSchema,
					cny: v.pipe(v.number(), v.finite(), v.minValue(0))
				})
			),
			v.minLength(1, 'a paid price lists at least one item')
		),
		note: v.optional(LocalizedTextSchema),
		source: SourceSchema
	})
]);

export const PlaceSchema = v.strictObject({
	id: Id,
	kind: v.picklist(PLACE_KINDS),
	pillar: v.optional(v.picklist(PILLARS)),
	parentId: v.optional(Id),
	order: v.optional(v.pipe(v.number(), v.integer())),
	name: LocalizedTextSchema,
	pinyin: nonEmpty('pinyin'),
	aliases: v.array(nonEmpty('alias')),
	location: v.nullable(PlaceLocationSchema),
	address: v.optional(LocalizedTextSchema),
	summary: LocalizedTextSchema,
	lookFor: v.array(LocalizedTextSchema),
	hours: OpeningHoursSchema,
	hoursHistory: v.optional(v.array(OpeningHoursSchema)),
	price: PriceSchema,
	priceHistory: v.optional(v.array(PriceSchema)),
	visitMinutes: v.optional(
		v.pipe(
			v.strictObject({
				min: v.pipe(v.number(), v.integer(), v.minValue(1)),
				max: v.pipe(v.number(), v.integer(), v.minValue(1)),
				source: v.optional(SourceSchema)
			}),
			v.check((visit) => visit.min <= visit.max, 'visitMinutes.min must be ≤ max')
		)
	),
	tags: v.array(Id),
	sources: Sources
});

export const DishSchema = v.strictObject({
	id: Id,
	name: LocalizedTextSchema,
	pinyin: nonEmpty('pinyin'),
	aliases: v.array(nonEmpty('alias')),
	summary: LocalizedTextSchema,
	placeIds: v.array(Id),
	whereNote: v.optional(LocalizedTextSchema),
	season: v.optional(LocalizedTextSchema),
	group: v.optional(Id),
	tags: v.array(Id),
	sources: Sources
});

const StopSchema = v.strictObject({
	placeId: Id,
	time: v.optional(ClockSchema),
	stayMinutes: v.pipe(v.number(), v.integer(), v.minValue(0)),
	tip: v.optional(LocalizedTextSchema),
	transportToNext: v.optional(
		v.strictObject({
			mode: v.picklist(TRANSPORT_MODES),
			minutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
			note: v.optional(LocalizedTextSchema)
		})
	)
});

export const ItinerarySchema = v.strictObject({
	id: Id,
	pillar: v.picklist(PILLARS),
	title: LocalizedTextSchema,
	summary: LocalizedTextSchema,
	days: v.pipe(
		v.array(
			v.strictObject({
				title: LocalizedTextSchema,
				stops: v.pipe(v.array(StopSchema), v.minLength(1, 'a day needs at least one stop'))
			})
		),
		v.minLength(1, 'needs at least one day')
	),
	bestMonths: v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
	seasonRuleIds: v.array(Id),
	tags: v.array(Id),
	sources: Sources
});

const LunarMonth = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12));
const LunarDay = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30));

export const RuleWhenSchema = v.variant('type', [
	v.strictObject({ type: v.literal('gregorian'), from: MonthDaySchema, to: MonthDaySchema }),
	v.pipe(
		v.strictObject({
			type: v.literal('lunar'),
			month: LunarMonth,
			day: LunarDay,
			toMonth: v.optional(LunarMonth),
			toDay: v.optional(LunarDay)
		}),
		v.check(
			(when) =>
				when.toMonth === undefined ||
				when.toMonth * 100 + (when.toDay ?? when.day) >= when.month * 100 + when.day,
			'a lunar range must end after it starts, within one lunar year'
		)
	),
	v.strictObject({
		type: v.literal('annual'),
		date: MonthDaySchema,
		days: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(366)),
		approximate: v.boolean(),
		observed: v.optional(
			v.array(
				v.pipe(
					v.strictObject({ start: IsoDateSchema, end: IsoDateSchema }),
					v.check((o) => o.start <= o.end, 'observed start must be ≤ end')
				)
			)
		)
	})
]);

export const SeasonalRuleSchema = v.strictObject({
	id: Id,
	kind: v.picklist(RULE_KINDS),
	title: LocalizedTextSchema,
	reason: LocalizedTextSchema,
	when: v.pipe(v.array(RuleWhenSchema), v.minLength(1, 'needs at least one when')),
	condition: v.optional(LocalizedTextSchema),
	suggests: v.strictObject({ placeIds: v.array(Id), itineraryIds: v.array(Id) }),
	confidence: v.picklist(CONFIDENCES),
	sources: Sources
});

export const ContentBundleSchema = v.strictObject({
	version: v.pipe(v.number(), v.integer(), v.minValue(1)),
	hash: nonEmpty('hash'),
	places: v.array(PlaceSchema),
	dishes: v.array(DishSchema),
	itineraries: v.array(ItinerarySchema),
	seasonalRules: v.array(SeasonalRuleSchema)
});

export type ValidationResult =
	{ ok: true; bundle: ContentBundle } | { ok: false; errors: string[] };

const COLLECTIONS = ['places', 'dishes', 'itineraries', 'seasonalRules'] as const;

/** 'places[xiezhou-guandi-temple].location.precisionM' from a valibot issue path. */
function describePath(input: unknown, issue: v.BaseIssue<unknown>): string {
	const keys = (issue.path ?? []).map((item) => item.key as string | number);
	const [collection, index, ...rest] = keys;
	let head = keys.length === 0 ? 'bundle' : String(collection);
	if (typeof index === 'number' && typeof collection === 'string') {
		const records = (input as Record<string, unknown>)[collection];
		const record = Array.isArray(records) ? (records[index] as { id?: unknown }) : undefined;
		const id = record && typeof record.id === 'string' ? record.id : `#${index}`;
		head = `${collection}[${id}]`;
	} else if (index !== undefined) {
		rest.unshift(index);
	}
	return rest.reduce<string>(
		(path, key) => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`),
		head
	);
}

/** Valibot's wording for a missing or unknown key, made plain for content editors. */
function messageOf(issue: v.BaseIssue<unknown>): string {
	const isObject = issue.type === 'object' || issue.type === 'strict_object';
	if (isObject && issue.received === 'undefined') return 'is missing';
	if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown field';
	return issue.message;
}

/** Checks between records: unique ids, and every reference pointing at a record that exists. */
function referenceErrors(bundle: ContentBundle): string[] {
	const errors: string[] = [];
	const ids = Object.fromEntries(COLLECTIONS.map((name) => [name, new Set<string>()])) as Record<
		(typeof COLLECTIONS)[number],
		Set<string>
	>;
	for (const name of COLLECTIONS) {
		for (const record of bundle[name]) {
			if (ids[name].has(record.id)) errors.push(`${name}[${record.id}].id: duplicate id`);
			ids[name].add(record.id);
		}
	}
	const places = new Map(bundle.places.map((place) => [place.id, place]));
	for (const place of bundle.places) {
		if (place.parentId === undefined) continue;
		if (place.parentId === place.id) errors.push(`places[${place.id}].parentId: points at itself`);
		else if (!places.has(place.parentId)) {
			errors.push(`places[${place.id}].parentId: unknown place "${place.parentId}"`);
		}
	}
	for (const dish of bundle.dishes) {
		dish.placeIds.forEach((id, i) => {
			const place = places.get(id);
			if (!place) errors.push(`dishes[${dish.id}].placeIds[${i}]: unknown place "${id}"`);
			else if (place.kind !== 'food') {
				errors.push(`dishes[${dish.id}].placeIds[${i}]: "${id}" is not a food place`);
			}
		});
	}
	for (const itinerary of bundle.itineraries) {
		itinerary.days.forEach((day, d) =>
			day.stops.forEach((stop, s) => {
				if (!places.has(stop.placeId)) {
					errors.push(
						`itineraries[${itinerary.id}].days[${d}].stops[${s}].placeId: unknown place "${stop.placeId}"`
					);
				}
			})
		);
		itinerary.seasonRuleIds.forEach((id, i) => {
			if (!ids.seasonalRules.has(id)) {
				errors.push(`itineraries[${itinerary.id}].seasonRuleIds[${i}]: unknown rule "${id}"`);
			}
		});
	}
	for (const rule of bundle.seasonalRules) {
		rule.suggests.placeIds.forEach((id, i) => {
			if (!places.has(id)) {
				errors.push(`seasonalRules[${rule.id}].suggests.placeIds[${i}]: unknown place "${id}"`);
			}
		});
		rule.suggests.itineraryIds.forEach((id, i) => {
			if (!ids.itineraries.has(id)) {
				errors.push(
					`seasonalRules[${rule.id}].suggests.itineraryIds[${i}]: unknown itinerary "${id}"`
				);
			}
		});
	}
	return errors;
}

/**
 * Validates a whole bundle: shapes first, then references between records. Each error names
 * the record (`places[some-id]`) and the field path, so a failed build points at the fix.
 */
export function validateContentBundle(bundle: unknown): ValidationResult {
	const parsed = v.safeParse(ContentBundleSchema, bundle, { abortEarly: false });
	if (!parsed.success) {
		return {
			ok: false,
			errors: parsed.issues.map((issue) => `${describePath(bundle, issue)}: ${messageOf(issue)}`)
		};
	}
	const valid = parsed.output as ContentBundle;
	const errors = referenceErrors(valid);
	return errors.length > 0 ? { ok: false, errors } : { ok: true, bundle: valid };
}
