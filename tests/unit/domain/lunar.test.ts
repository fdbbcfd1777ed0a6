import { describe, expect, it } from 'vitest';
import { gregorianToLunar, lunarToGregorian } from '$lib/domain/lunar';

// Dates from the sources (facts.md §3) and the published Spring Festival dates.
describe('lunar calendar (lunar-javascript)', () => {
	it('finds lunar 4/8 on the dates the temple fair was reported', () => {
		expect(lunarToGregorian(2024, 4, 8)).toBe('2024-05-15');
		expect(lunarToGregorian(2025, 4, 8)).toBe('2025-05-05');
		expect(gregorianToLunar('2025-05-05')).toEqual({ year: 2025, month: 4, day: 8, leap: false });
	});

	it('finds the Spring Festival', () => {
		expect(lunarToGregorian(2025, 1, 1)).toBe('2025-01-29');
		expect(lunarToGregorian(2026, 1, 1)).toBe('2026-02-17');
	});

	it('marks a leap month (2025 has a leap sixth month)', () => {
		expect(gregorianToLunar('2025-07-25')).toMatchObject({ month: 6, day: 1, leap: true });
		// The regular sixth month, not the leap one, carries 6/24.
		expect(lunarToGregorian(2025, 6, 24)).toBe('2025-07-18');
	});

	it('clamps a 30th in a 29-day month to its last day', () => {
		// Lunar 2025 month 2 has 29 days (2025-02-28 … 2025-03-28).
		expect(lunarToGregorian(2025, 2, 29)).toBe('2025-03-28');
		expect(lunarToGregorian(2025, 2, 30)).toBe('2025-03-28');
	});
});
