import { appendFile, cp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDir, expect, test, waitForServiceWorker } from './fixtures';

// A private copy of build/, so "deploying a new version" cannot disturb other tests.
const copy = join(tmpdir(), `yanhu-update-${process.pid}-${Date.now()}`);

test.beforeAll(async () => {
	await cp(buildDir, copy, { recursive: true });
});
test.afterAll(async () => {
	await rm(copy, { recursive: true, force: true });
});

test.use({ root: copy });

test('a new deploy is offered as "update available — reload", never forced', async ({ page }) => {
	await page.goto('/en');
	await waitForServiceWorker(page);

	// Deploy: the worker script changes, as any rebuild with new content does. The visitor opens
	// the app again; the old worker still serves the page and the new one waits.
	await appendFile(join(copy, 'service-worker.js'), '\n// deploy 2\n');
	await page.reload();
	await page.evaluate(() => ((window as unknown as { visitMarker: number }).visitMarker = 42));

	const banner = page.getByRole('status').filter({ hasText: 'An update is available.' });
	await expect(banner).toBeVisible({ timeout: 20_000 });
	// Nothing reloaded by itself: the page's state from before the deploy is still there.
	await page.waitForTimeout(500);
	expect(
		await page.evaluate(() => (window as unknown as { visitMarker?: number }).visitMarker)
	).toBe(42);

	await banner.getByRole('button', { name: 'Reload' }).click();
	await page.waitForFunction(() => !(window as unknown as { visitMarker?: number }).visitMarker);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yanhu Guide');
	await expect(page.getByText('An update is available.')).toHaveCount(0);
	const waiting = await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		return registration?.waiting !== null;
	});
	expect(waiting).toBe(false);
});
