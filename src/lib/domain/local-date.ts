/**
 * Local calendar dates as 'YYYY-MM-DD' strings. A trip date is a day on the visitor's calendar,
 * not an instant: converting through UTC would shift it by a day east of Greenwich (UTC+8 here).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type LocalDate = { y: number; m: number; d: number };

export function parseLocalDate(text: string): LocalDate | null {
	const match = ISO_DATE.exec(text);
	if (!match) return null;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
	return { y, m, d };
}

export function isLocalDate(text: string): boolean {
	return parseLocalDate(text) !== null;
}

export function formatLocalDate({ y, m, d }: LocalDate): string {
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Today on the device's clock and in its time zone. */
export function todayLocal(now: Date = new Date()): string {
	return formatLocalDate({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() });
}

export function daysInMonth(y: number, m: number): number {
	return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * The wall-clock date and time in Yanhu (China Standard Time, UTC+8, no daylight saving), which
 * opening hours are written in, whatever time zone the visitor's device is set to.
 */
export function nowInChina(now: Date = new Date()): { date: string; time: string } {
	const shifted = new Date(now.getTime() + 8 * 3600_000);
	const date = formatLocalDate({
		y: shifted.getUTCFullYear(),
		m: shifted.getUTCMonth() + 1,
		d: shifted.getUTCDate()
	});
	const time = `${String(shifted.getUTCHours()).padStart(2, '0')}:${String(shifted.getUTCMinutes()).padStart(2, '0')}`;
	return { date, time };
}
