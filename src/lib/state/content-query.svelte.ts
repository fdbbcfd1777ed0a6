import { content } from './content.svelte';

/**
 * A live read of IndexedDB for a page: waits until the bundled content is seeded, then follows
 * the query (Dexie liveQuery re-runs it when the tables change, e.g. after a content update).
 * `key` is read inside an effect, so the query restarts when a route parameter changes.
 * `initial` is what the page was prerendered with (same content, from the build): shown until
 * the live read answers, so the text is there at first paint.
 * Create it during component initialisation (it owns an $effect).
 */
export class ContentQuery<K, T> {
	#value = $state.raw<T | undefined>(undefined);
	#status = $state<'loading' | 'ready' | 'error'>('loading');
	#initial: () => T | undefined;

	constructor(
		key: () => K,
		read: (key: K) => Promise<T>,
		initial: () => T | undefined = () => undefined
	) {
		this.#initial = initial;
		$effect(() => {
			const current = key();
			if (content.status !== 'ready') return;
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
				this.#value = undefined;
				this.#status = 'loading';
			};
		});
	}

	get value(): T | undefined {
		return this.#status === 'ready' ? this.#value : (this.#value ?? this.#initial());
	}
	get status() {
		if (this.#status === 'ready') return 'ready';
		if (this.#initial() !== undefined) return 'ready';
		return content.status === 'error' ? 'error' : this.#status;
	}
}
