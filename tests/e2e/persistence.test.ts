import { expect, test } from './fixtures';

test('a trip date written through the data layer survives a reload', async ({ page }) => {
	await page.goto('/en');
	const input = page.getByLabel('Planned visit date');
	await input.fill('2025-05-05');
	await expect(page.getByTestId('trip-date-status')).toHaveText('Saved: 2025-05-05');

	await page.reload();
	await expect(page.getByLabel('Planned visit date')).toHaveValue('2025-05-05');
	await expect(page.getByTestId('trip-date-status')).toHaveText('Saved: 2025-05-05');

	// It is really in IndexedDB (the settings table), not only in memory or localStorage.
	const stored = await page.evaluate(
		() =>
			new Promise<unknown>((resolve, reject) => {
				const open = indexedDB.open('yanhu-guide');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const get = open.result.transaction('settings').objectStore('settings').get('tripDate');
					get.onsuccess = () => resolve((get.result as { value: unknown }).value);
					get.onerror = () => reject(get.error);
				};
			})
	);
	expect(stored).toBe('2025-05-05');

	await page.getByRole('button', { name: 'Clear date' }).click();
	// The status changes once the row is deleted; reloading before that would race the write.
	await expect(page.getByTestId('trip-date-status')).toHaveText('No date set yet.');
	await page.reload();
	await expect(page.getByTestId('trip-date-status')).toHaveText('No date set yet.');
});
