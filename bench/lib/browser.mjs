// Launching Debian's Chromium and applying the mobile profile through the DevTools protocol.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium.mjs';

export { CHROMIUM_ARGS };

/** The mobile CPU: 4× slower than this machine (Lighthouse's mobile preset). */
export const CPU_SLOWDOWN = 4;

/**
 * "Fast 3G"-like network, as Lighthouse's devtools preset (mobileSlow4G with DevTools'
 * adjustment factors): 562.5 ms request latency, 1474.56 kbit/s down, 675 kbit/s up.
 * CDP wants throughput in bytes per second.
 */
export const FAST_3G = {
	offline: false,
	latency: 562.5,
	downloadThroughput: (1.6 * 1024 * 0.9 * 1024) / 8,
	uploadThroughput: (750 * 0.9 * 1024) / 8
};

/**
 * @param {string} executablePath
 * @returns {Promise<import('@playwright/test').Browser>}
 */
export function launchBrowser(executablePath) {
	return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A fresh profile (no cache, no service worker, no IndexedDB) like a first visit. The locale is
 * zh-CN, the base language, so the home's pre-paint redirect to /en never fires.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ serviceWorkers?: 'allow' | 'block' }} [options]
 */
export function newContext(browser, { serviceWorkers = 'allow' } = {}) {
	return browser.newContext({
		locale: 'zh-CN',
		serviceWorkers,
		viewport: { width: 412, height: 823 },
		deviceScaleFactor: 1.75,
		isMobile: true,
		hasTouch: true
	});
}

/**
 * The mobile profile on one page: CPU 4× slower and, for first visits, the Fast 3G network.
 * @param {import('@playwright/test').Page} page
 * @param {{ network?: boolean }} [options]
 * @returns {Promise<import('@playwright/test').CDPSession>}
 */
export async function applyMobileProfile(page, { network = false } = {}) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	if (network) {
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', FAST_3G);
	}
	return cdp;
}

/**
 * Waits for a performance mark and returns its time in ms since navigation start.
 * @param {import('@playwright/test').Page} page
 * @param {string} name
 * @param {number} [timeout] ms
 * @returns {Promise<number>}
 */
export async function markTime(page, name, timeout = 60_000) {
	const handle = await page.waitForFunction(
		(mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime,
		name,
		{ timeout, polling: 50 }
	);
	return /** @type {number} */ (await handle.jsonValue());
}
