import { expect, test, waitForHydration, waitForServiceWorker } from './fixtures';

test('after the first visit every page loads with the network off and the server stopped', async ({
	page,
	context,
	app
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await expect(page.getByTestId('offline-ready')).toBeVisible();

	// Phase 1: the browser is offline while the server still listens: it must see nothing.
	const seen = app.requests.length;
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('盐湖游');
	await page.goto('/en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yanhu Guide');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	expect(app.requests.slice(seen), 'requests the server saw after going offline').toEqual([]);

	// Phase 2: the server is gone too. Pages never visited, deep links, and a query string.
	await app.stop();
	await page.goto('/zh-TW/pillars/food');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('解州美食');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
	await page.goto('/en/pillars/salt-lake?date=2025-05-05');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Salt Lake');
	// The app remembers the language once the page's code has run.
	await waitForHydration(page);
	// English was the last language used, so an address without a prefix goes there; a path
	// that was never prerendered gets the app shell, which renders the not-found page.
	await page.goto('/no-such-page');
	await expect(page).toHaveURL(/\/en\/no-such-page$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await page.goto('/pillars/guan-gong');
	await expect(page).toHaveURL(/\/en\/pillars\/guan-gong$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Guan Gong's hometown");
});
