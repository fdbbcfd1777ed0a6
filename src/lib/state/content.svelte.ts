import { classifyStorageError, type StorageProblem } from '$lib/data/storage-error';

/** Whether the bundled content is in IndexedDB yet; pages wait on `ready` before reading it. */
export class ContentState {
	#status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
	#problem = $state<StorageProblem | null>(null);
	#seedMs = $state<number | null>(null);

	get status() {
		return this.#status;
	}
	get problem() {
		return this.#problem;
	}
	/** How long the last (re)seed took in ms, or null when nothing needed seeding. */
	get seedMs() {
		return this.#seedMs;
	}

	async ensure(): Promise<void> {
		if (this.#status === 'ready' || this.#status === 'loading') return;
		this.#status = 'loading';
		try {
			// Dexie and the content chunk load off the page's critical path, side by side: on a slow
			// network each chained dynamic import would cost another round trip.
			const [{ ensureContent }] = await Promise.all([
				import('$lib/data/content-loader'),
				import('$lib/content/index')
			]);
			const result = await ensureContent();
			this.#seedMs = result.seeded ? result.ms : null;
			this.#status = 'ready';
		} catch (error) {
			this.#problem = classifyStorageError(error);
			this.#status = 'error';
		}
	}

	reset(): void {
		this.#status = 'idle';
		this.#problem = null;
		this.#seedMs = null;
	}
}

export const content = new ContentState();
