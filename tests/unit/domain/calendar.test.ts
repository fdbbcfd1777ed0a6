import { describe, expect, it } from 'vitest';
import {
	addDays,
	daysBetween,
	inMonthDayRange,
	isMonthDay,
	isoWeekday,
	monthDayInYear
} from '$lib/domain/calendar';

describe('calendar dates', () => {
	it('adds days across month and year ends without time-zone shifts', () => {
		expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
		expect(daysBetween('2025-09-01', '2025-09-23')).toBe(22);
	});

	it('knows weekdays (ISO, Monday = 1)', () => {
		expect(isoWeekday('2025-05-05')).toBe(1);
		expect(isoWeekday('2024-05-15')).toBe(3);
		expect(isoWeekday('2025-09-28')).toBe(7);
	});

	it('handles yearly ranges, wrapping ones included', () => {
		expect(inMonthDayRange('2025-01-15', '12-20', '01-31')).toBe(true);
		expect(inMonthDayRange('2025-12-19', '12-20', '01-31')).toBe(false);
		expect(inMonthDayRange('2025-07-01', '06-01', '08-31')).toBe(true);
		expect(inMonthDayRange('2025-09-01', '06-01', '08-31')).toBe(false);
	});

	it('validates month-days and clamps 02-29 in common years', () => {
		expect(isMonthDay('02-29')).toBe(true);
		expect(isMonthDay('02-30')).toBe(false);
		expect(isMonthDay('13-01')).toBe(false);
		expect(isMonthDay('6-01')).toBe(false);
		expect(monthDayInYear('02-29', 2025)).toBe('2025-02-28');
		expect(monthDayInYear('02-29', 2024)).toBe('2024-02-29');
	});
});
