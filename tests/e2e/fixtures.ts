import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';

export type App = {
	origin: string;
	/** Every path the server was asked for, in order. */
	requests: string[];
	/** Stops the server: from then on only the service worker can answer. */
	stop: () => Promise<void>;
};

/** The directory served; a test may point it at a modified copy of build/. */
export const buildDir = process.env.YANHU_BUILD_DIR ?? 'build';

/**
 * `app`: build/ served on a fresh loopback port for this test alone.
 * `context`: fails the test on any request to a host other than the app's own origin
 * (the offline rule: nothing may leave the origin), including requests the page only tried.
 */
export const test = base.extend<{ app: App; root: string }>({
	root: [buildDir, { option: true }],
	app: async ({ root }, use) => {
		const server = await startStaticServer({ root });
		let stopped = false;
		await use({
			origin: server.origin,
			requests: server.requests,
			stop: async () => {
				if (!stopped) await server.close();
				stopped = true;
			}
		});
		if (!stopped) await server.close();
	},
	baseURL: async ({ app }, use) => {
		await use(app.origin);
	},
	context: async ({ context, app }, use) => {
		const foreign: string[] = [];
		const isOwn = (url: string) =>
			url.startsWith(app.origin + '/') ||
			url === app.origin ||
			url.startsWith('data:') ||
			url.startsWith('blob:');
		context.on('request', (request) => {
			if (!isOwn(request.url())) foreign.push(request.url());
		});
		await context.route(
			(url) => !isOwn(url.href),
			async (route) => {
				foreign.push(route.request().url());
				await route.abort('blockedbyclient');
			}
		);
		await use(context);
		expect(foreign, 'requests that left the app origin').toEqual([]);
	}
});

export { expect };

/** Waits until a service worker controls the page (the precache is complete by then). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.waitForFunction(
		() => navigator.serviceWorker?.controller?.state === 'activated',
		null,
		{
			timeout: 30_000
		}
	);
}

/**
 * The offline start of most tests: a first visit to `path` until the service worker controls
 * the page, then no network and no server (only the worker and the browser's storage remain).
 */
export async function visitThenGoOffline(
	page: Page,
	context: BrowserContext,
	app: App,
	path = '/'
): Promise<void> {
	await page.goto(path);
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await app.stop();
}

/** Waits until the page has hydrated, so a click runs the app's handlers, not a plain link. */
export async function waitForHydration(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
