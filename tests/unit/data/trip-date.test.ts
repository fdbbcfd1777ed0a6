import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb, resetDbForTests } from '$lib/data/db';
import { TripDateState } from '$lib/state/trip-date.svelte';

afterEach(async () => {
	await getDb().delete();
	resetDbForTests();
	vi.restoreAllMocks();
});

describe('TripDateState', () => {
	it('saves a date to IndexedDB and a new instance reads it back', async () => {
		const first = new TripDateState();
		await first.load();
		expect(first.value).toBeNull();
		await first.set('2025-05-05');
		const second = new TripDateState();
		await second.load();
		expect(second.value).toBe('2025-05-05');
	});

	it('ignores text that is not a calendar date', async () => {
		const state = new TripDateState();
		await state.set('2025-02-30');
		await state.set('next week');
		expect(state.value).toBeNull();
		expect(await getDb().settings.count()).toBe(0);
	});

	it('reports a full disk and keeps showing what is really stored', async () => {
		const state = new TripDateState();
		await state.set('2025-01-10');
		const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
		vi.spyOn(getDb().settings, 'put').mockRejectedValueOnce(quota);
		await state.set('2025-02-01');
		expect(state.problem).toEqual({ kind: 'full' });
		expect(state.value).toBe('2025-01-10');
	});

	it('clears the date', async () => {
		const state = new TripDateState();
		await state.set('2025-01-10');
		await state.clear();
		const reread = new TripDateState();
		await reread.load();
		expect(reread.value).toBeNull();
	});
});

describe('TripDateState ordering', () => {
	it('a first read that finishes after a write does not undo the write', async () => {
		const state = new TripDateState();
		const loading = state.load(); // still reading when the visitor picks a date
		await state.set('2025-05-05');
		await loading;
		expect(state.value).toBe('2025-05-05');
	});
});
