import lunarJavascript from 'lunar-javascript';
import { formatLocalDate } from './local-date';
import { toLocalDate } from './calendar';
import type { LocalDate } from './local-date';

/**
 * Chinese lunar (农历) calendar conversions through lunar-javascript (no hand-made tables).
 * A conversion costs about 0.5 ms here, so results are memoised; they depend only on the
 * arguments, never on content data.
 */

const { Lunar, LunarMonth, Solar } = lunarJavascript;

export type LunarDay = { year: number; month: number; day: number; leap: boolean };

const toGregorianCache = new Map<string, string | null>();

/**
 * The Gregorian date of lunar year/month/day (regular month, not the leap month).
 * A day past the month's length (30 in a 29-day month) is clamped to its last day, so a range
 * ending on "the 30th" still ends in that month. Null outside the library's range.
 */
export function lunarToGregorian(year: number, month: number, day: number): string | null {
	const key = `${year}/${month}/${day}`;
	const cached = toGregorianCache.get(key);
	if (cached !== undefined) return cached;
	let result: string | null;
	try {
		const length = LunarMonth.fromYm(year, month)?.getDayCount() ?? 30;
		const solar = Lunar.fromYmd(year, month, Math.min(day, length)).getSolar();
		result = formatLocalDate({ y: solar.getYear(), m: solar.getMonth(), d: solar.getDay() });
	} catch {
		result = null;
	}
	toGregorianCache.set(key, result);
	return result;
}

/** The lunar date of a Gregorian local date. */
export function gregorianToLunar(date: string | LocalDate): LunarDay {
	const { y, m, d } = toLocalDate(date);
	const lunar = Solar.fromYmd(y, m, d).getLunar();
	const month = lunar.getMonth();
	return { year: lunar.getYear(), month: Math.abs(month), day: lunar.getDay(), leap: month < 0 };
}
