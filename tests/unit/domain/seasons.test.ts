import { describe, expect, it } from 'vitest';
import { contentBundle } from '$lib/content/index';
import type { SeasonalRule } from '$lib/domain/content-model';
import { comingUp, occurrencesInYear, rulesHoldingOn, suggestionsFor } from '$lib/domain/seasons';

const rules = contentBundle.seasonalRules;
const ids = (list: { ruleId: string }[]) => list.map((item) => item.ruleId);
const rule = (id: string): SeasonalRule => {
	const found = rules.find((r) => r.id === id);
	if (!found) throw new Error(`no rule ${id}`);
	return found;
};

describe('seasonal engine on real dates from the sources', () => {
	it('2025-05-05 and 2024-05-15 are lunar 4/8: the temple fair ranks first', () => {
		for (const date of ['2025-05-05', '2024-05-15']) {
			const [first] = suggestionsFor(rules, date);
			expect(first?.ruleId).toBe('xiezhou-temple-fair');
			expect(first?.confidence).toBe('high');
			expect(first?.occurrence).toEqual({ start: date, end: date, approximate: false });
			expect(first?.sources.length).toBeGreaterThan(0);
			expect(first?.reason.en).toMatch(/procession/);
		}
		expect(ids(suggestionsFor(rules, '2025-05-06'))).not.toContain('xiezhou-temple-fair');
	});

	it('a day in July suggests the lake colours first', () => {
		const list = suggestionsFor(rules, '2025-07-15');
		expect(list[0]?.ruleId).toBe('salt-lake-colours');
		expect(list[0]?.suggests.itineraryIds).toContain('salt-lake-day');
	});

	it('mid-January offers 硝花 with its condition', () => {
		const list = suggestionsFor(rules, '2026-01-15');
		const xiaohua = list.find((s) => s.ruleId === 'salt-lake-xiaohua');
		expect(xiaohua).toBeDefined();
		expect(xiaohua?.condition?.en).toMatch(/−5 °C/);
		expect(xiaohua?.condition?.['zh-CN']).toMatch(/并非每年/);
		expect(list[0]?.ruleId).toBe('salt-lake-xiaohua');
		expect(ids(list)).toEqual(
			expect.arrayContaining(['salt-lake-flamingos', 'guandi-off-peak-hours'])
		);
	});

	it('2025-09-01 shows the Guan Gong festival as coming up in 22 days', () => {
		const festival = comingUp(rules, '2025-09-01').find((u) => u.ruleId === 'guangong-festival');
		expect(festival?.daysUntil).toBe(22);
		expect(festival?.occurrence).toEqual({
			start: '2025-09-23',
			end: '2025-09-25',
			approximate: false
		});
		expect(ids(suggestionsFor(rules, '2025-09-24'))).toContain('guangong-festival');
	});

	it('gives lunar events their Gregorian date in the year they come up', () => {
		const soon = comingUp(rules, '2025-01-15');
		const spring = soon.find((u) => u.ruleId === 'guandi-spring-festival');
		expect(spring).toMatchObject({ daysUntil: 14, occurrence: { start: '2025-01-29' } });
		// Across the year end: from 1 December the next Spring Festival (2026-02-17) is 78 days away.
		expect(ids(comingUp(rules, '2025-12-01'))).not.toContain('guandi-spring-festival');
		expect(
			comingUp(rules, '2025-12-01', 90).find((u) => u.ruleId === 'guandi-spring-festival')
		).toMatchObject({ daysUntil: 78, occurrence: { start: '2026-02-17', end: '2026-03-03' } });
	});

	it('lists coming-up items soonest first and never what already holds', () => {
		const soon = comingUp(rules, '2025-07-15');
		expect(soon.map((u) => u.daysUntil)).toEqual(
			[...soon.map((u) => u.daysUntil)].sort((a, b) => a - b)
		);
		expect(ids(soon)).toContain('guangong-birthday'); // lunar 6/24 = 2025-07-18
		expect(ids(soon)).not.toContain('salt-lake-colours');
	});

	it('places lunar and annual rules on a given year', () => {
		expect(occurrencesInYear(rule('xiezhou-temple-fair'), 2026)).toEqual([
			{ start: '2026-05-24', end: '2026-05-24', approximate: false }
		]);
		expect(occurrencesInYear(rule('guangong-birthday'), 2024)[0]?.start).toBe('2024-07-29');
		// A year without observed dates falls back to "around 09-23", flagged approximate.
		expect(occurrencesInYear(rule('guangong-festival'), 2027)).toEqual([
			{ start: '2027-09-23', end: '2027-09-25', approximate: true }
		]);
		// A season wrapping the year end shows both stretches that touch the year.
		expect(occurrencesInYear(rule('salt-lake-xiaohua'), 2026).map((o) => o.start)).toEqual([
			'2025-12-20',
			'2026-12-20'
		]);
	});

	it('finds a late-lunar-year date in the next Gregorian January', () => {
		const xiaonian: SeasonalRule = {
			...rule('guangong-birthday'),
			when: [{ type: 'lunar', month: 12, day: 23 }]
		};
		// Lunar 2024/12/23 = 2025-01-22; lunar 2025/12/23 = 2026-02-10, outside 2025.
		expect(occurrencesInYear(xiaonian, 2025).map((o) => o.start)).toEqual(['2025-01-22']);
		expect(occurrencesInYear(xiaonian, 2026).map((o) => o.start)).toEqual(['2026-02-10']);
	});

	it('accepts {y,m,d} dates and agrees with rulesHoldingOn', () => {
		const fromParts = suggestionsFor(rules, { y: 2025, m: 5, d: 5 });
		expect(ids(fromParts)).toEqual(ids(suggestionsFor(rules, '2025-05-05')));
		expect(
			rulesHoldingOn(rules, '2025-05-05')
				.map((r) => r.id)
				.sort()
		).toEqual(ids(fromParts).sort());
	});

	it('ranks a dated happening above a long season, then by confidence', () => {
		const make = (
			id: string,
			confidence: SeasonalRule['confidence'],
			when: SeasonalRule['when']
		): SeasonalRule => ({
			id,
			kind: 'event',
			title: { 'zh-CN': id, en: id },
			reason: { 'zh-CN': id, en: id },
			when,
			suggests: { placeIds: [], itineraryIds: [] },
			confidence,
			sources: [{ url: 'https://example.org', verified: '2026-11' }]
		});
		const list = suggestionsFor(
			[
				make('season-high', 'high', [{ type: 'gregorian', from: '01-01', to: '12-31' }]),
				make('day-low', 'low', [{ type: 'gregorian', from: '03-03', to: '03-03' }]),
				make('day-high', 'high', [{ type: 'gregorian', from: '03-03', to: '03-03' }])
			],
			'2025-03-03'
		);
		expect(ids(list)).toEqual(['day-high', 'day-low', 'season-high']);
	});
});
