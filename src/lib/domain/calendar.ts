import { formatLocalDate, parseLocalDate, type LocalDate } from './local-date';

/**
 * Whole-day arithmetic on local calendar dates ('YYYY-MM-DD'). Day numbers count days since
 * 1970-01-01 on the proleptic Gregorian calendar; Date.UTC is used only as a day counter, so no
 * time zone can shift a date.
 */

const MS_PER_DAY = 86_400_000;

export function toLocalDate(date: string | LocalDate): LocalDate {
	if (typeof date !== 'string') return date;
	const parsed = parseLocalDate(date);
	if (!parsed) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
	return parsed;
}

export function dayNumber(date: string | LocalDate): number {
	const { y, m, d } = toLocalDate(date);
	return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDayNumber(day: number): string {
	const utc = new Date(day * MS_PER_DAY);
	return formatLocalDate({
		y: utc.getUTCFullYear(),
		m: utc.getUTCMonth() + 1,
		d: utc.getUTCDate()
	});
}

export function addDays(date: string | LocalDate, days: number): string {
	return fromDayNumber(dayNumber(date) + days);
}

/** b − a in days. */
export function daysBetween(a: string | LocalDate, b: string | LocalDate): number {
	return dayNumber(b) - dayNumber(a);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string | LocalDate): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
	// 1970-01-01 was a Thursday (ISO 4).
	return (((((dayNumber(date) + 3) % 7) + 7) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** 'MM-DD' → [month, day]; throws on a malformed value (schemas reject those first). */
export function parseMonthDay(monthDay: string): [number, number] {
	const match = /^(\d{2})-(\d{2})$/.exec(monthDay);
	if (!match) throw new RangeError(`Not a month-day (MM-DD): ${monthDay}`);
	return [Number(match[1]), Number(match[2])];
}

/** True when 'MM-DD' names a real day (02-29 counts: it exists in leap years). */
export function isMonthDay(monthDay: string): boolean {
	const match = /^(\d{2})-(\d{2})$/.exec(monthDay);
	if (!match) return false;
	const [m, d] = [Number(match[1]), Number(match[2])];
	const lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
	return m >= 1 && m <= 12 && d >= 1 && d <= (lengths[m - 1] ?? 0);
}

/**
 * The date of 'MM-DD' in `year`; 02-29 in a common year becomes 02-28, so a yearly range
 * bounded by it still exists every year.
 */
export function monthDayInYear(monthDay: string, year: number): string {
	const [m, d] = parseMonthDay(monthDay);
	const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
	return formatLocalDate({ y: year, m, d: Math.min(d, last) });
}

/** Is `date` inside the yearly range from..to (inclusive, may wrap the year end)? */
export function inMonthDayRange(date: string | LocalDate, from: string, to: string): boolean {
	const { m, d } = toLocalDate(date);
	const key = m * 100 + d;
	const [fm, fd] = parseMonthDay(from);
	const [tm, td] = parseMonthDay(to);
	const start = fm * 100 + fd;
	const end = tm * 100 + td;
	return start <= end ? key >= start && key <= end : key >= start || key <= end;
}
