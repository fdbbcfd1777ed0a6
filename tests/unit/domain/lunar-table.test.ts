import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import lunarJavascript from 'lunar-javascript';
import { addDays, dayNumber, fromDayNumber } from '$lib/domain/calendar';
import { formatLocalDate, parseLocalDate } from '$lib/domain/local-date';
import { gregorianToLunar, lunarToGregorian } from '$lib/domain/lunar';
import { LUNAR_FIRST_YEAR, LUNAR_TABLE } from '$lib/domain/lunar-table';
import { lunarTableSource, TABLE_PATH } from '../../../scripts/content/lunar-table.mjs';

// The app converts lunar dates from a generated table; lunar-javascript, which generated it,
// stays the reference here so the two can never disagree unnoticed.
const { Lunar, LunarMonth, Solar } = lunarJavascript;

const LAST_YEAR = LUNAR_FIRST_YEAR + LUNAR_TABLE.length - 1;
const firstDay = LUNAR_TABLE[0]![0];
/** The last day of the last lunar year in the table. */
const lastDay = (() => {
	const [start, lengths] = LUNAR_TABLE[LUNAR_TABLE.length - 1]!;
	const days = Array.from(lengths).reduce((sum, bit) => sum + (bit === '1' ? 30 : 29), 0);
	return addDays(start, days - 1);
})();

/** What lunar.ts computed when it called lunar-javascript at run time (before the table). */
function libraryLunarToGregorian(year: number, month: number, day: number): string | null {
	try {
		const length = LunarMonth.fromYm(year, month)?.getDayCount() ?? 30;
		const solar = Lunar.fromYmd(year, month, Math.min(day, length)).getSolar();
		return formatLocalDate({ y: solar.getYear(), m: solar.getMonth(), d: solar.getDay() });
	} catch {
		return null;
	}
}

function libraryGregorianToLunar(date: string) {
	const { y, m, d } = parseLocalDate(date)!;
	const lunar = Solar.fromYmd(y, m, d).getLunar();
	const month = lunar.getMonth();
	return { year: lunar.getYear(), month: Math.abs(month), day: lunar.getDay(), leap: month < 0 };
}

describe('lunar table (generated from lunar-javascript)', () => {
	it('covers lunar 1950–2100', () => {
		expect(LUNAR_FIRST_YEAR).toBe(1950);
		expect(LAST_YEAR).toBe(2100);
		expect(firstDay).toBe('1950-02-17');
		expect(lastDay).toBe('2101-01-28');
	});

	it('is what the generator writes now (the committed table cannot drift)', () => {
		expect(readFileSync(TABLE_PATH, 'utf8')).toBe(lunarTableSource());
	});

	it('gives lunar-javascript’s lunar date for every day in range', () => {
		const mismatches: string[] = [];
		let checked = 0;
		for (let n = dayNumber(firstDay); n <= dayNumber(lastDay); n++) {
			const date = fromDayNumber(n);
			const expected = libraryGregorianToLunar(date);
			const actual = gregorianToLunar(date);
			if (
				actual.year !== expected.year ||
				actual.month !== expected.month ||
				actual.day !== expected.day ||
				actual.leap !== expected.leap
			) {
				mismatches.push(`${date}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
			}
			checked++;
		}
		expect(checked).toBeGreaterThan(55_000);
		expect(mismatches.slice(0, 5)).toEqual([]);
	});

	it('round-trips the first day of every lunar month, leap months included', () => {
		let months = 0;
		for (let year = LUNAR_FIRST_YEAR; year <= LAST_YEAR; year++) {
			const leap = LUNAR_TABLE[year - LUNAR_FIRST_YEAR]![2];
			const numbers = Array.from({ length: 12 }, (_, i) => i + 1);
			if (leap !== 0) numbers.splice(leap, 0, -leap);
			for (const month of numbers) {
				const date = lunarToGregorian(year, month, 1);
				expect(date).toBe(libraryLunarToGregorian(year, month, 1));
				expect(gregorianToLunar(date!)).toEqual({
					year,
					month: Math.abs(month),
					day: 1,
					leap: month < 0
				});
				months++;
			}
		}
		expect(months).toBeGreaterThan(1850);
	});

	it('converts, clamps and rejects lunar dates exactly as the library-based version did', () => {
		const mismatches: string[] = [];
		for (let year = LUNAR_FIRST_YEAR; year <= LAST_YEAR; year++) {
			for (let month = -13; month <= 13; month++) {
				for (const day of [-1, 0, 1, 2, 15, 28, 29, 30, 31, 45]) {
					const expected = libraryLunarToGregorian(year, month, day);
					const actual = lunarToGregorian(year, month, day);
					if (actual !== expected)
						mismatches.push(`${year}/${month}/${day}: ${actual} ≠ ${expected}`);
				}
			}
		}
		expect(mismatches.slice(0, 5)).toEqual([]);
	});

	it('is null or throws outside its range, and rejects non-integers', () => {
		expect(lunarToGregorian(LUNAR_FIRST_YEAR - 1, 12, 1)).toBeNull();
		expect(lunarToGregorian(LAST_YEAR + 1, 1, 1)).toBeNull();
		expect(lunarToGregorian(2025, 4.5, 8)).toBeNull();
		expect(lunarToGregorian(2025, 4, Number.NaN)).toBeNull();
		expect(() => gregorianToLunar(addDays(firstDay, -1))).toThrow(RangeError);
		expect(() => gregorianToLunar(addDays(lastDay, 1))).toThrow(RangeError);
		expect(() => gregorianToLunar('2300-06-01')).toThrow(RangeError);
		expect(gregorianToLunar(lastDay)).toMatchObject({ year: LAST_YEAR, month: 12 });
	});
});
