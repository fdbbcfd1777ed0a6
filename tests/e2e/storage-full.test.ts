import { expect, test, waitForHydration } from './fixtures';

test('with the device storage full, the visitor is told so and prerendered content still reads', async ({
	page,
	context,
	app
}) => {
	// Chromium's own quota for this origin, set to one byte: every write fails as on a full disk.
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin: app.origin, quotaSize: 1 });

	await page.goto('/en/places/xiezhou-guandi-temple');
	await expect(page.getByTestId('content-problem')).toHaveText(
		"This device's storage is full. Free some space and try again."
	);

	// Itinerary pages carry their content in the HTML: still readable.
	await page.goto('/en/itineraries/salt-lake-day');
	await expect(
		page.locator('article[data-itinerary-id="salt-lake-day"] ol li').first()
	).toBeVisible();

	// Saving the trip date fails visibly and nothing pretends to be saved.
	await page.goto('/en');
	await waitForHydration(page);
	const input = page.getByLabel('Planned visit date');
	await input.fill('2025-05-05'); // fires input and change, as picking a date does
	const trip = page.getByRole('region', { name: 'Your trip date' });
	await expect(trip.getByRole('alert')).toContainText('storage is full');
	await expect(page.getByTestId('trip-date-status')).toHaveText('No date set yet.');
});
