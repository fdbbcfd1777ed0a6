import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { contentBundle } from '$lib/content/index';
import { YanhuDB } from '$lib/data/db';
import { seedContent } from '$lib/data/seed';
import { contentHash } from '$lib/domain/hash';
import { comingUp, suggestionsFor } from '$lib/domain/seasons';

// Figures for the issue note. Logged, not asserted: fake-indexeddb in Node is not a browser's
// IndexedDB, and CI machines vary. Budgets: seeding ≤ 150 ms, suggestionsFor ≤ 5 ms.
// "cold" is the first call for a year no conversion has touched: lunar-javascript computes that
// lunar year once (~7 ms), then every later call in the session is warm.
describe('performance figures', () => {
	it('measures seeding all content into IndexedDB (fake-indexeddb)', async () => {
		const runs: number[] = [];
		for (let i = 0; i < 5; i++) {
			const db = new YanhuDB(`perf-${i}-${Math.random().toString(36).slice(2)}`);
			await db.open();
			const started = performance.now();
			const result = await seedContent(db, contentBundle);
			runs.push(performance.now() - started);
			expect(result.seeded).toBe(true);
			await db.delete();
		}
		const sorted = [...runs].sort((a, b) => a - b);
		console.log(
			`seed ${contentBundle.places.length + contentBundle.dishes.length + contentBundle.itineraries.length + contentBundle.seasonalRules.length} records: ` +
				`first ${runs[0]?.toFixed(1)} ms, median ${sorted[2]?.toFixed(1)} ms (budget 150 ms)`
		);
	});

	it('measures suggestionsFor and comingUp', () => {
		const rules = contentBundle.seasonalRules;
		const dates = ['2025-05-05', '2025-07-15', '2026-01-15', '2025-09-01', '2025-12-30'];
		suggestionsFor(rules, '2025-05-05'); // warm the engine's own code first
		const cold = performance.now();
		suggestionsFor(rules, '2031-04-01'); // a year nothing has converted yet
		const coldMs = performance.now() - cold;
		const rounds = 200;
		let started = performance.now();
		for (let i = 0; i < rounds; i++) suggestionsFor(rules, dates[i % dates.length] ?? '2025-05-05');
		const warmMs = (performance.now() - started) / rounds;
		started = performance.now();
		for (let i = 0; i < rounds; i++) comingUp(rules, dates[i % dates.length] ?? '2025-05-05');
		const comingMs = (performance.now() - started) / rounds;
		console.log(
			`suggestionsFor: cold ${coldMs.toFixed(2)} ms, warm ${warmMs.toFixed(3)} ms; ` +
				`comingUp warm ${comingMs.toFixed(3)} ms (budget 5 ms)`
		);
	});

	it('measures hashing the bundle at load', () => {
		const { places, dishes, itineraries, seasonalRules, version } = contentBundle;
		const started = performance.now();
		for (let i = 0; i < 10; i++)
			contentHash({ version, places, dishes, itineraries, seasonalRules });
		console.log(`contentHash: ${((performance.now() - started) / 10).toFixed(2)} ms per run`);
	});
});
