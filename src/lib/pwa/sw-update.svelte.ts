import type { Workbox } from 'workbox-window';

/**
 * Registers the service worker and tracks updates. A new version waits until the visitor
 * chooses "reload": it never takes over in the middle of a visit.
 */
export class ServiceWorkerState {
	#updateWaiting = $state(false);
	#offlineReady = $state(false);
	#workbox: Workbox | undefined;
	#reloadRequested = false;

	/** A newer worker is installed and waiting for the visitor's go-ahead. */
	get updateWaiting() {
		return this.#updateWaiting;
	}
	/** The first worker finished precaching: every page now works offline. */
	get offlineReady() {
		return this.#offlineReady;
	}

	async register(scriptUrl = '/service-worker.js'): Promise<void> {
		if (this.#workbox || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) {
			return;
		}
		const { Workbox } = await import('workbox-window');
		const wb = new Workbox(scriptUrl, { type: 'classic' });
		this.#workbox = wb;
		wb.addEventListener('waiting', () => (this.#updateWaiting = true));
		wb.addEventListener('installed', (event) => {
			if (!event.isUpdate) this.#offlineReady = true;
		});
		// Reload only when the visitor asked for the update (applyUpdate), never on first install
		// and never because another tab took an update. Listening on the container (not on
		// workbox-window's `controlling`) also covers a worker found by a later update check.
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			if (this.#reloadRequested) window.location.reload();
		});
		// A guide stays open for days: look for a new version whenever it comes back to the front.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible' && navigator.onLine) void wb.update();
		});
		await wb.register();
		if (navigator.serviceWorker.controller) this.#offlineReady = true;
	}

	/** The visitor chose "reload": let the waiting worker take over, then reload on its takeover. */
	applyUpdate(): void {
		this.#reloadRequested = true;
		this.#workbox?.messageSkipWaiting();
	}

	dismissUpdate(): void {
		this.#updateWaiting = false;
	}

	reset(): void {
		this.#updateWaiting = false;
		this.#offlineReady = false;
		this.#workbox = undefined;
		this.#reloadRequested = false;
	}
}

export const serviceWorker = new ServiceWorkerState();
