/** navigator.onLine as state. It only knows "no network at all", which is what we can promise. */
export class ConnectivityState {
	#online = $state(true);
	#started = false;

	get online() {
		return this.#online;
	}

	start(): void {
		if (this.#started || typeof window === 'undefined') return;
		this.#started = true;
		this.#online = navigator.onLine;
		window.addEventListener('online', () => (this.#online = true));
		window.addEventListener('offline', () => (this.#online = false));
	}

	reset(): void {
		this.#online = true;
	}
}

export const connectivity = new ConnectivityState();
