import { classifyStorageError, type StorageProblem } from '$lib/data/storage-error';
import { isLocalDate } from '$lib/domain/local-date';

/** The visitor's planned visit date, persisted in IndexedDB (settings table). */
/** The settings repository (and Dexie with it) loads on first use, off the page's critical path. */
const settings = () => import('$lib/data/repositories/settings');

export class TripDateState {
	#value = $state<string | null>(null);
	#loaded = $state(false);
	#problem = $state<StorageProblem | null>(null);
	/** Counts writes, so a slow first read never overwrites what the visitor set meanwhile. */
	#writes = 0;

	get value() {
		return this.#value;
	}
	get loaded() {
		return this.#loaded;
	}
	/** The last failed read or write, for a translated message; null when all is well. */
	get problem() {
		return this.#problem;
	}

	async load(): Promise<void> {
		const writes = this.#writes;
		try {
			const stored = await (await settings()).getSetting('tripDate');
			if (writes !== this.#writes) return;
			this.#value = stored && isLocalDate(stored) ? stored : null;
			this.#problem = null;
		} catch (error) {
			if (writes === this.#writes) this.#problem = classifyStorageError(error);
		} finally {
			this.#loaded = true;
		}
	}

	/** Saves a 'YYYY-MM-DD' date; anything else is ignored (the date input cannot produce it). */
	async set(date: string): Promise<void> {
		if (!isLocalDate(date)) return;
		this.#writes++;
		try {
			await (await settings()).setSetting('tripDate', date);
			// Only now: "Saved" on screen must mean it is on the device.
			this.#value = date;
			this.#problem = null;
		} catch (error) {
			this.#problem = classifyStorageError(error);
		}
	}

	async clear(): Promise<void> {
		this.#writes++;
		try {
			await (await settings()).removeSetting('tripDate');
			this.#value = null;
			this.#problem = null;
		} catch (error) {
			this.#problem = classifyStorageError(error);
		}
	}

	reset(): void {
		this.#value = null;
		this.#loaded = false;
		this.#problem = null;
		this.#writes = 0;
	}
}

export const tripDate = new TripDateState();
