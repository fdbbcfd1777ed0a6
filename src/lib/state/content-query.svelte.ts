import { content } from './content.svelte';

/**
 * A live read of IndexedDB for a page: waits until the bundled content is seeded, then follows
 * the query (Dexie liveQuery re-runs it when the tables change, e.g. after a content update).
 * `key` is read inside an effect, so the query restarts when a route parameter changes.
 * Create it during component initialisation (it owns an $effect).
 */
export class ContentQuery<K, T> {
	#value = $state.raw<T | undefined>(undefined);
	#status = $state<'loading' | 'ready' | 'error'>('loading');

	constructor(key: () => K, read: (key: K) => Promise<T>) {
		$effect(() => {
			const current = key();
			if (content.status !== 'ready') return;
			this.#status = 'loading';
			let cancelled = false;
			let unsubscribe = () => {};
			// content is ready, so Dexie is already loaded: this import resolves at once.
			void import('dexie').then(({ liveQuery }) => {
				if (cancelled) return;
				const subscription = liveQuery(() => read(current)).subscribe({
					next: (value) => {
						this.#value = value;
						this.#status = 'ready';
					},
					error: () => (this.#status = 'error')
				});
				unsubscribe = () => subscription.unsubscribe();
			});
			return () => {
				cancelled = true;
				unsubscribe();
			};
		});
	}

	get value(): T | undefined {
		return this.#value;
	}
	get status() {
		return content.status === 'error' ? 'error' : this.#status;
	}
}
