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
			// Dexie and the content chunk load after the page is up, never on its critical path.
			const { ensureContent } = await import('$lib/data/content-loader');
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
