import type {
	Confidence,
	LocalizedText,
	RuleKind,
	RuleWhen,
	SeasonalRule,
	Source
} from './content-model';
import { addDays, dayNumber, monthDayInYear, toLocalDate } from './calendar';
import { formatLocalDate, type LocalDate } from './local-date';
import { lunarToGregorian } from './lunar';

/**
 * The seasonal engine: which rules hold on a local calendar date, how they rank, and what comes
 * up soon. Pure: rules come in as data (from Dexie or the bundle); dates are 'YYYY-MM-DD' local
 * calendar days, never instants.
 */

/** One concrete stretch of days (inclusive) when a rule holds. */
export type Occurrence = { start: string; end: string; approximate: boolean };

export type Suggestion = {
	ruleId: string;
	kind: RuleKind;
	title: LocalizedText;
	reason: LocalizedText;
	confidence: Confidence;
	condition?: LocalizedText;
	sources: Source[];
	suggests: SeasonalRule['suggests'];
	/** The occurrence that holds (or comes up), with its real Gregorian dates for that year. */
	occurrence: Occurrence;
	/** Higher ranks first; see `score`. */
	score: number;
};

export type Upcoming = Suggestion & { daysUntil: number };

export const COMING_UP_DAYS = 60;

function yearOf(date: string): number {
	return Number(date.slice(0, 4));
}

function overlapsYear(occurrence: Occurrence, year: number): boolean {
	return yearOf(occurrence.start) <= year && yearOf(occurrence.end) >= year;
}

function whenOccurrences(when: RuleWhen, year: number): Occurrence[] {
	switch (when.type) {
		case 'gregorian': {
			const wraps = when.from > when.to;
			const starts = wraps ? [year - 1, year] : [year];
			return starts.map((y) => ({
				start: monthDayInYear(when.from, y),
				end: monthDayInYear(when.to, wraps ? y + 1 : y),
				approximate: false
			}));
		}
		case 'lunar': {
			// Lunar year N runs from late Jan/Feb of N into early N+1, so year-1 may reach into
			// `year` — but only through months 11 and 12: the end of month 10 fell on 21 Dec at the
			// latest in 1901–2098 (checked with lunar-javascript). Skipping year-1 halves the lookups
			// (lunar.ts reads a generated table; lunar-javascript is no longer loaded at run time).
			const lastMonth = when.toMonth ?? when.month;
			const found: Occurrence[] = [];
			for (const lunarYear of lastMonth <= 10 ? [year] : [year - 1, year]) {
				const start = lunarToGregorian(lunarYear, when.month, when.day);
				const end =
					when.toMonth === undefined
						? start
						: lunarToGregorian(lunarYear, when.toMonth, when.toDay ?? when.day);
				if (start && end) found.push({ start, end, approximate: false });
			}
			return found;
		}
		case 'annual': {
			const found: Occurrence[] = [];
			for (const y of [year - 1, year]) {
				const observed = when.observed?.find((o) => yearOf(o.start) === y);
				if (observed) {
					found.push({ start: observed.start, end: observed.end, approximate: false });
				} else {
					const start = monthDayInYear(when.date, y);
					found.push({
						start,
						end: addDays(start, Math.max(1, when.days) - 1),
						approximate: when.approximate
					});
				}
			}
			return found;
		}
	}
}

/**
 * Every occurrence of the rule that overlaps Gregorian `year` (an occurrence may begin in the
 * year before or end in the year after), sorted by start. A /seasons page uses this to place
 * lunar events on this year's dates.
 */
export function occurrencesInYear(rule: SeasonalRule, year: number): Occurrence[] {
	return rule.when
		.flatMap((when) => whenOccurrences(when, year))
		.filter((occurrence) => overlapsYear(occurrence, year))
		.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

function isoOf(date: string | LocalDate): string {
	return formatLocalDate(toLocalDate(date));
}

function occurrenceOn(rule: SeasonalRule, date: string): Occurrence | undefined {
	return occurrencesInYear(rule, yearOf(date)).find((o) => o.start <= date && date <= o.end);
}

const CONFIDENCE_WEIGHT: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };
const KIND_WEIGHT: Record<RuleKind, number> = { event: 2, phenomenon: 2, wildlife: 1, hours: 0 };

/**
 * Ranking: a short, dated happening beats a months-long season (a festival day is the reason to
 * go *now*), then better-sourced beats weaker, then events and phenomena beat practical hours.
 */
export function score(rule: SeasonalRule, occurrence: Occurrence): number {
	const length = dayNumber(occurrence.end) - dayNumber(occurrence.start) + 1;
	const brevity = length <= 3 ? 3 : length <= 31 ? 2 : length <= 92 ? 1 : 0;
	return brevity * 3 + CONFIDENCE_WEIGHT[rule.confidence] * 2 + KIND_WEIGHT[rule.kind];
}

function toSuggestion(rule: SeasonalRule, occurrence: Occurrence): Suggestion {
	const suggestion: Suggestion = {
		ruleId: rule.id,
		kind: rule.kind,
		title: rule.title,
		reason: rule.reason,
		confidence: rule.confidence,
		sources: rule.sources,
		suggests: rule.suggests,
		occurrence,
		score: score(rule, occurrence)
	};
	if (rule.condition) suggestion.condition = rule.condition;
	return suggestion;
}

function byRank(a: Suggestion, b: Suggestion): number {
	return b.score - a.score || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** The rules that hold on `date`, in data order. */
export function rulesHoldingOn(rules: SeasonalRule[], date: string | LocalDate): SeasonalRule[] {
	const day = isoOf(date);
	return rules.filter((rule) => occurrenceOn(rule, day) !== undefined);
}

/** The rules that hold on `date`, ranked best first, each with its reason, confidence and source. */
export function suggestionsFor(rules: SeasonalRule[], date: string | LocalDate): Suggestion[] {
	const day = isoOf(date);
	const found: Suggestion[] = [];
	for (const rule of rules) {
		const occurrence = occurrenceOn(rule, day);
		if (occurrence) found.push(toSuggestion(rule, occurrence));
	}
	return found.sort(byRank);
}

/**
 * Occurrences starting after `date` and within `days` days (default 60), soonest first, one per
 * rule, with `daysUntil` and the concrete Gregorian dates (for a lunar rule: in that year).
 */
export function comingUp(
	rules: SeasonalRule[],
	date: string | LocalDate,
	days: number = COMING_UP_DAYS
): Upcoming[] {
	const day = isoOf(date);
	const today = dayNumber(day);
	const last = addDays(day, days);
	const years = [...new Set([yearOf(day), yearOf(last)])];
	const found: Upcoming[] = [];
	for (const rule of rules) {
		const next = years
			.flatMap((year) => occurrencesInYear(rule, year))
			.filter((o) => o.start > day && o.start <= last)
			.sort((a, b) => (a.start < b.start ? -1 : 1))[0];
		if (next) found.push({ ...toSuggestion(rule, next), daysUntil: dayNumber(next.start) - today });
	}
	return found.sort((a, b) => a.daysUntil - b.daysUntil || byRank(a, b));
}
