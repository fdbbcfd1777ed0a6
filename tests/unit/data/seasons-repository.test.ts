import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { contentBundle } from '$lib/content/index';
import { YanhuDB } from '$lib/data/db';
import { calendarForYear, comingUp, suggestionsFor } from '$lib/data/repositories/seasons';
import { useSeededDb } from '../helpers/seeded-db';

const seeded = useSeededDb();

describe('seasons repository (rules read from Dexie)', () => {
	it('suggests the temple fair on lunar 4/8 (2025-05-05)', async () => {
		const list = await suggestionsFor('2025-05-05', seeded());
		expect(list[0]).toMatchObject({ ruleId: 'xiezhou-temple-fair', confidence: 'high' });
		expect(list[0]?.sources[0]?.url).toMatch(/^https?:\/\//);
	});

	it('offers 硝花 in mid-January with its condition', async () => {
		const list = await suggestionsFor({ y: 2025, m: 1, d: 15 }, seeded());
		expect(list.find((s) => s.ruleId === 'salt-lake-xiaohua')?.condition?.en).toMatch(/every year/);
	});

	it('shows the Guan Gong festival coming up from 2025-09-01', async () => {
		const soon = await comingUp('2025-09-01', undefined, seeded());
		expect(soon.find((u) => u.ruleId === 'guangong-festival')).toMatchObject({ daysUntil: 22 });
		expect(await comingUp('2025-09-01', 10, seeded())).toEqual([]);
	});

	it('places every rule on a year for a /seasons page', async () => {
		const year = await calendarForYear(2026, seeded());
		expect(year).toHaveLength(contentBundle.seasonalRules.length);
		expect(year.find((row) => row.rule.id === 'guangong-birthday')?.occurrences[0]?.start).toBe(
			'2026-08-06'
		);
	});

	it('answers from an empty database with no suggestions', async () => {
		const empty = new YanhuDB(`test-empty-${Math.random().toString(36).slice(2)}`);
		expect(await suggestionsFor('2025-05-05', empty)).toEqual([]);
		await empty.delete();
	});
});
