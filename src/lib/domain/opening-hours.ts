import type { HoursPeriod, OpeningHours } from './content-model';
import { inMonthDayRange, isoWeekday, toLocalDate } from './calendar';
import { formatLocalDate, type LocalDate } from './local-date';

/**
 * Opening hours on a local date and time. Periods come from the data; where the sources leave
 * a doubt (no hours, undated seasons, conflicting pages) the answer is 'unknown', never a guess.
 */

/** A local wall-clock moment: 'YYYY-MM-DDTHH:MM' or its parts (minutes since midnight). */
export type LocalDateTime = string | { date: string | LocalDate; minutes: number };

export type PeriodOnDate =
	| { status: 'known'; period: HoursPeriod }
	/** Several periods could apply (undated seasons or conflicting sources). */
	| { status: 'ambiguous'; periods: HoursPeriod[] }
	| { status: 'unknown' };

export type OpenState =
	| { status: 'open'; closesAt: string; period: HoursPeriod }
	/** `opensAt` is the next opening later the same day, when there is one. */
	| { status: 'closed'; opensAt?: string; period?: HoursPeriod }
	| { status: 'unknown'; reason: 'no-data' | 'ambiguous' };

export function clockToMinutes(clock: string): number {
	const match = /^(\d{2}):(\d{2})$/.exec(clock);
	if (!match) throw new RangeError(`Not a clock time (HH:MM): ${clock}`);
	return Number(match[1]) * 60 + Number(match[2]);
}

function parseDateTime(at: LocalDateTime): { date: string; minutes: number } {
	if (typeof at !== 'string')
		return { date: formatLocalDate(toLocalDate(at.date)), minutes: at.minutes };
	const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(at);
	if (!match?.[1] || !match[2])
		throw new RangeError(`Not a local date-time (YYYY-MM-DDTHH:MM): ${at}`);
	return { date: formatLocalDate(toLocalDate(match[1])), minutes: clockToMinutes(match[2]) };
}

/** The period that applies on `date`: a dated period wins; undated ones apply only when none does. */
export function periodOn(hours: OpeningHours, date: string | LocalDate): PeriodOnDate {
	if (hours.status !== 'scheduled' || hours.periods.length === 0) return { status: 'unknown' };
	const dated = hours.periods.filter(
		(period) => period.dates && inMonthDayRange(date, period.dates.from, period.dates.to)
	);
	const candidates = dated.length > 0 ? dated : hours.periods.filter((period) => !period.dates);
	const [only] = candidates;
	if (!only) return { status: 'unknown' };
	return candidates.length === 1
		? { status: 'known', period: only }
		: { status: 'ambiguous', periods: candidates };
}

function stateInPeriod(period: HoursPeriod, date: string, minutes: number): OpenState {
	if (period.weekdays && !period.weekdays.includes(isoWeekday(date)))
		return { status: 'closed', period };
	for (const interval of period.intervals) {
		const open = clockToMinutes(interval.open);
		const close = clockToMinutes(interval.close);
		if (minutes >= open && minutes < close)
			return { status: 'open', closesAt: interval.close, period };
	}
	const next = period.intervals
		.filter((interval) => clockToMinutes(interval.open) > minutes)
		.sort((a, b) => clockToMinutes(a.open) - clockToMinutes(b.open))[0];
	return next ? { status: 'closed', opensAt: next.open, period } : { status: 'closed', period };
}

/**
 * Open or closed at a local moment. With several candidate periods the answer stands only when
 * they all agree (e.g. a museum's summer and winter afternoons differ, its mornings do not).
 */
export function isOpenAt(hours: OpeningHours, at: LocalDateTime): OpenState {
	const { date, minutes } = parseDateTime(at);
	const applies = periodOn(hours, date);
	if (applies.status === 'unknown') return { status: 'unknown', reason: 'no-data' };
	if (applies.status === 'known') return stateInPeriod(applies.period, date, minutes);
	const states = applies.periods.map((period) => stateInPeriod(period, date, minutes));
	const [first] = states;
	if (!first || !states.every((state) => state.status === first.status)) {
		return { status: 'unknown', reason: 'ambiguous' };
	}
	if (first.status === 'open') {
		// Agreeing that it is open, the earliest closing time is the safe one to show.
		const closesAt = states
			.map((state) => (state.status === 'open' ? state.closesAt : '99:99'))
			.sort()[0];
		return { ...first, closesAt: closesAt ?? first.closesAt };
	}
	return { status: 'closed' };
}
