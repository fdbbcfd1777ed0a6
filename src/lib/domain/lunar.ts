import { dayNumber, fromDayNumber, toLocalDate } from './calendar';
import { LUNAR_FIRST_YEAR, LUNAR_TABLE } from './lunar-table';
import { formatLocalDate, type LocalDate } from './local-date';

/**
 * Chinese lunar (农历) calendar conversions. The dates come from lunar-javascript, but only at
 * build time: scripts/content/lunar-table.mjs turns it into lunar-table.ts (a few KB), because the
 * 436 KB library alone broke the home route's JS budget. tests/unit/domain/lunar-table.test.ts
 * checks every day of the range against the library.
 *
 * Range: lunar years LUNAR_FIRST_YEAR … the table's last (1950–2100), i.e. Gregorian 1950-02-17 to
 * early 2101. Outside it lunarToGregorian returns null and gregorianToLunar throws a RangeError.
 */

export type LunarDay = { year: number; month: number; day: number; leap: boolean };

type LunarYearInfo = {
	/** Day number (calendar.ts) of 正月初一. */
	start: number;
	/** Month lengths in order, the leap month included where it falls. */
	lengths: number[];
	/** The month the leap month follows; 0 = none. */
	leap: number;
};

let decoded: LunarYearInfo[] | undefined;

/** The table decoded once, on first use (151 short rows: well under a millisecond). */
function years(): LunarYearInfo[] {
	decoded ??= LUNAR_TABLE.map(([start, lengths, leap]) => ({
		start: dayNumber(start),
		lengths: Array.from(lengths, (bit) => (bit === '1' ? 30 : 29)),
		leap
	}));
	return decoded;
}

/**
 * The Gregorian date of lunar year/month/day (regular month, not the leap month; a negative month
 * is the leap month after that month, as in lunar-javascript). A day past the month's length
 * (30 in a 29-day month) is clamped to its last day, so a range ending on "the 30th" still ends in
 * that month. Null for a month or day that does not exist (month 0 or 13, day < 1, a leap month
 * the year lacks, non-integers) and for a year outside the table.
 */
export function lunarToGregorian(year: number, month: number, day: number): string | null {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
	const info = years()[year - LUNAR_FIRST_YEAR];
	if (!info || month === 0 || Math.abs(month) > 12 || day < 1) return null;
	let index: number;
	if (month < 0) {
		if (info.leap !== -month) return null;
		index = -month; // the leap month sits right after its regular month
	} else {
		index = info.leap !== 0 && month > info.leap ? month : month - 1;
	}
	let offset = 0;
	for (let i = 0; i < index; i++) offset += info.lengths[i] ?? 0;
	const length = info.lengths[index] ?? 29;
	return fromDayNumber(info.start + offset + Math.min(day, length) - 1);
}

/** The lunar date of a Gregorian local date; throws a RangeError outside the table's range. */
export function gregorianToLunar(date: string | LocalDate): LunarDay {
	const local = toLocalDate(date);
	const day = dayNumber(local);
	const table = years();
	// 正月初一 falls between 21 Jan and 20 Feb, so the lunar year is the Gregorian one or the one
	// before.
	let index = local.y - LUNAR_FIRST_YEAR;
	if (day < (table[index]?.start ?? Infinity)) index--;
	const info = table[index];
	if (info) {
		let start = info.start;
		for (const [i, length] of info.lengths.entries()) {
			if (day < start + length) {
				const leap = info.leap !== 0 && i === info.leap;
				const month = info.leap !== 0 && i >= info.leap ? i : i + 1;
				return { year: LUNAR_FIRST_YEAR + index, month, day: day - start + 1, leap };
			}
			start += length;
		}
	}
	throw new RangeError(
		`No lunar date for ${formatLocalDate(local)}: outside the lunar table's range`
	);
}
