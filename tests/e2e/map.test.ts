import type { Page } from '@playwright/test';
import { expect, test, visitThenGoOffline } from './fixtures';

type Hook = {
	idle: Promise<void>;
	waitForIdle: () => Promise<void>;
	featureCountByLayer: () => Record<string, number>;
	renderedPlaceIds: () => string[];
};

/** Waits for the map's idle and returns what it drew (idle alone proves nothing). */
async function drawn(page: Page) {
	await page.waitForFunction(() => 'window' in globalThis && '__yanhuMap' in window, null, {
		timeout: 30_000
	});
	return page.evaluate(async () => {
		const hook = (window as unknown as { __yanhuMap: Hook }).__yanhuMap;
		await hook.idle;
		await hook.waitForIdle();
		return { counts: hook.featureCountByLayer(), places: hook.renderedPlaceIds() };
	});
}

test('the map works offline: district, Salt Lake water and the Guandi Temple are drawn', async ({
	page,
	context,
	app
}) => {
	await visitThenGoOffline(page, context, app, '/en');

	await page.goto('/en/map');
	const { counts, places } = await drawn(page);
	expect(counts['district-outline'] ?? 0).toBeGreaterThan(0);
	expect(counts['water-fill'] ?? 0).toBeGreaterThan(0);
	expect(places).toContain('xiezhou-guandi-temple');

	// Not a blank canvas: the screenshot has more than one colour.
	const shot = await page.locator('.map-panel canvas').screenshot();
	const distinct = new Set<number>();
	for (let i = 0; i < shot.length; i += 97) distinct.add(shot[i]!);
	expect(distinct.size).toBeGreaterThan(10);

	// The list twin holds the same places the map was given (placed or not).
	const listed = await page.getByTestId('place-list').locator('li').count();
	await expect(page.getByText(`${listed} places`)).toBeVisible();
	expect(
		await page
			.getByTestId('place-list')
			.locator('li[data-place-id="xiezhou-guandi-temple"]')
			.count()
	).toBe(1);
	// The honest notice: there are no streets on this map, with a way to the list.
	await expect(page.getByText('Basic map: no streets.')).toBeVisible();
});

test('filtering by theme changes both the map and the list', async ({ page }) => {
	await page.goto('/en/map');
	await drawn(page);
	await page.getByLabel('Theme').selectOption('food');
	await expect(
		page.getByTestId('place-list').locator('li[data-place-id="xiezhou-guandi-temple"]')
	).toHaveCount(0);
	await expect(
		page.getByTestId('place-list').locator('li[data-place-id="xiezhou-west-gate-food"]')
	).toHaveCount(1);
	const { places } = await page.evaluate(async () => {
		const hook = (window as unknown as { __yanhuMap: Hook }).__yanhuMap;
		await hook.waitForIdle();
		return { places: hook.renderedPlaceIds() };
	});
	expect(places).not.toContain('xiezhou-guandi-temple');
});

test.describe('with a position', () => {
	test.use({
		geolocation: { longitude: 110.8434, latitude: 34.9206, accuracy: 25 },
		permissions: ['geolocation']
	});

	test('"show my position" puts the marker on the map and distances in the list', async ({
		page
	}) => {
		await page.goto('/en/map');
		await drawn(page);
		await page.getByRole('button', { name: 'Show my position' }).click();
		await expect(page.getByTestId('position-status')).toHaveText(
			'Your position (within about 25 m)'
		);
		await expect
			.poll(
				() =>
					page.evaluate(async () => {
						const hook = (window as unknown as { __yanhuMap: Hook }).__yanhuMap;
						await hook.waitForIdle();
						return hook.featureCountByLayer()['position-dot'] ?? 0;
					}),
				{ timeout: 15_000 }
			)
			.toBeGreaterThan(0);
		// About 1.1 km north of the Guandi Temple: it is listed first, to the south.
		const first = page.getByTestId('place-list').locator('li').first();
		await expect(first.getByTestId('distance')).toContainText(/km south|m south/);
	});
});

test.describe('with location permission refused', () => {
	test('the refusal is explained and the map still works', async ({ page, browser, app }) => {
		// Chromium's own permission setting, as when the visitor taps "Block".
		const cdp = await browser.newBrowserCDPSession();
		await cdp.send('Browser.setPermission', {
			permission: { name: 'geolocation' },
			setting: 'denied',
			origin: app.origin
		});
		await page.goto('/en/map');
		await drawn(page);
		await page.getByRole('button', { name: 'Show my position' }).click();
		await expect(page.getByTestId('position-status')).toHaveAttribute('data-status', 'denied');
		await expect(page.getByTestId('position-status')).toContainText(
			'the map and the list work without it'
		);
		const { counts } = await drawn(page);
		expect(counts['district-outline'] ?? 0).toBeGreaterThan(0);
	});
});

test('an itinerary page draws its route with numbered stops', async ({ page }) => {
	await page.goto('/en/itineraries/salt-lake-day');
	await page.locator('.map-panel').scrollIntoViewIfNeeded();
	const { counts } = await drawn(page);
	expect(counts['route-line'] ?? 0).toBeGreaterThan(0);
	expect(counts['route-stop-circle'] ?? 0).toBeGreaterThan(1);
});
