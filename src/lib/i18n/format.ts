import type { Locale } from '$lib/paraglide/runtime';
import { parseLocalDate } from '$lib/domain/local-date';

/** Dates in the visitor's language: 2025年5月5日 / May 5, 2025 / 2025年5月5日. */
export function formatDate(iso: string, locale: Locale): string {
	const date = parseLocalDate(iso);
	if (!date) return iso;
	// Noon UTC on that calendar day, formatted in UTC: the day cannot shift with the time zone.
	const instant = new Date(Date.UTC(date.y, date.m - 1, date.d, 12));
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(instant);
}

/** A month name: 5月 / May. */
export function formatMonth(
	month: number,
	locale: Locale,
	width: 'long' | 'short' = 'long'
): string {
	const instant = new Date(Date.UTC(2001, month - 1, 15));
	return new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' }).format(instant);
}

/** ISO weekday 1 (Monday) … 7 (Sunday) as a short name. */
export function formatWeekday(weekday: number, locale: Locale): string {
	// 2001-01-01 was a Monday.
	const instant = new Date(Date.UTC(2001, 0, weekday, 12));
	return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(instant);
}

/** A list joined the way the language does: "a, b and c" / "a、b和c". */
export function formatList(items: string[], locale: Locale): string {
	return new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format(items);
}

/** '2024-09' or '2024-09-23' as written in sources; months stay months. */
export function formatSourceDate(text: string, locale: Locale): string {
	return /^\d{4}-\d{2}-\d{2}$/.test(text) ? formatDate(text, locale) : text;
}
