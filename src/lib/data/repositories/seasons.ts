import type { SeasonalRule } from '$lib/domain/content-model';
import type { LocalDate } from '$lib/domain/local-date';
import {
	COMING_UP_DAYS,
	comingUp as upcomingIn,
	occurrencesInYear,
	suggestionsFor as rankedFor,
	type Occurrence,
	type Suggestion,
	type Upcoming
} from '$lib/domain/seasons';
import { getDb, type YanhuDB } from '../db';

/**
 * The seasonal engine over the rules seeded into IndexedDB. Dates are local calendar dates
 * ('YYYY-MM-DD'); the `db` parameter exists for tests.
 */

export async function listSeasonalRules(db: YanhuDB = getDb()): Promise<SeasonalRule[]> {
	return db.seasonalRules.orderBy('id').toArray();
}

/** What is worth doing on `date`, ranked, with reason, confidence, condition and sources. */
export async function suggestionsFor(
	date: string | LocalDate,
	db: YanhuDB = getDb()
): Promise<Suggestion[]> {
	return rankedFor(await listSeasonalRules(db), date);
}

/** What starts within the next `days` days (default 60), soonest first, with days-until. */
export async function comingUp(
	date: string | LocalDate,
	days: number = COMING_UP_DAYS,
	db: YanhuDB = getDb()
): Promise<Upcoming[]> {
	return upcomingIn(await listSeasonalRules(db), date, days);
}

/** Every rule with its occurrences in a Gregorian year (lunar events on that year's dates). */
export async function calendarForYear(
	year: number,
	db: YanhuDB = getDb()
): Promise<{ rule: SeasonalRule; occurrences: Occurrence[] }[]> {
	const rules = await listSeasonalRules(db);
	return rules.map((rule) => ({ rule, occurrences: occurrencesInYear(rule, year) }));
}
