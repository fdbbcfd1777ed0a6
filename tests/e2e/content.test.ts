import { expect, test, visitThenGoOffline, waitForHydration } from './fixtures';

// Names as the dataset gives them (src/lib/content/source): the pages read them from IndexedDB.
const LOCALES = [
	{ prefix: '', lang: 'zh-CN', temple: '解州关帝庙', hours: '开放时间', sources: '来源' },
	{
		prefix: '/en',
		lang: 'en',
		temple: 'Guandi Temple of Xiezhou',
		hours: 'Opening hours',
		sources: 'Sources'
	},
	{ prefix: '/zh-TW', lang: 'zh-TW', temple: '解州關帝廟', hours: '開放時間', sources: '來源' }
];

test('an itinerary and a place open offline in each language, with hours and sources', async ({
	page,
	context,
	app
}) => {
	await visitThenGoOffline(page, context, app, '/');

	for (const locale of LOCALES) {
		await page.goto(`${locale.prefix}/itineraries/guandi-temple-half-day`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
		const itinerary = page.locator('article[data-itinerary-id="guandi-temple-half-day"]');
		await expect(itinerary).toBeVisible();
		// The day's stops in order along the temple axis, each linking to its place page.
		const firstStop = itinerary.locator('ol li').first();
		await expect(firstStop).toHaveAttribute('data-place-id', 'xiezhou-guandi-temple-jieyi-garden');
		await firstStop.getByRole('link').click();
		await expect(page).toHaveURL(
			new RegExp(`${locale.prefix}/places/xiezhou-guandi-temple-jieyi-garden$`)
		);
		// A hall links up to its temple.
		await page.getByRole('link', { name: locale.temple, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`${locale.prefix}/places/xiezhou-guandi-temple$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale.temple);
		await expect(page.getByRole('heading', { name: locale.hours })).toBeVisible();
		await expect(page.getByRole('heading', { name: locale.sources, exact: true })).toBeVisible();
		// Every shown source carries the date it was checked.
		await expect(page.locator('.sources li').first()).toContainText(/2026|2025|2024/);
	}
});

test('the seasons page for 2025-05-05 shows the lunar 4/8 temple fair on now', async ({ page }) => {
	await page.goto('/en/seasons?date=2025-05-05');
	await expect(page.getByTestId('date-notice')).toContainText('May 5, 2025');
	await expect(page.getByTestId('date-notice')).toContainText('(from the link)');
	const fair = page.locator('tr[data-rule-id="xiezhou-temple-fair"]');
	await expect(fair).toContainText('On now');
	await expect(fair).toContainText('May 5, 2025');
	await expect(page.getByTestId('in-season')).toContainText(/temple fair/i);
});

test('home suggests the lake colours in July and shows 硝花 with its condition in January', async ({
	page
}) => {
	await page.goto('/?date=2026-01-15');
	const cards = page.getByTestId('in-season');
	await expect(cards).toContainText('硝花');
	await expect(cards).toContainText('出发前确认');
	await page.goto('/en?date=2025-07-15');
	await expect(page.getByTestId('in-season')).toContainText(/colour/i);
});

test('2025-09-01 shows the Guan Gong festival as coming up', async ({ page }) => {
	await page.goto('/en?date=2025-09-01');
	await expect(page.getByTestId('coming-up')).toContainText(/festival/i);
	await expect(page.getByTestId('coming-up')).toContainText('in 22 days');
});

test('a place whose position is only estimated says so', async ({ page }) => {
	await page.goto('/en/places/xiezhou-west-gate-food');
	await expect(page.getByTestId('location-status')).toContainText('Approximate location');
	await page.goto('/en/places/yuncheng-museum');
	await expect(page.getByTestId('location-status')).toHaveText('Location unknown');
});

test('an unknown place id says it is not in the guide', async ({ page }) => {
	await page.goto('/en/places/no-such-place');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByText('This is not in the guide.')).toBeVisible();
});

test('offline, moving between pages in the app (client navigation) finds their data', async ({
	page,
	context,
	app
}) => {
	await visitThenGoOffline(page, context, app, '/en/itineraries');
	await page
		.getByRole('link', { name: /Salt Lake/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/en\/itineraries\/salt-lake-day$/);
	await expect(
		page.locator('article[data-itinerary-id="salt-lake-day"] ol li').first()
	).toBeVisible();
	const nav = page.getByRole('navigation', { name: 'Main navigation' });
	await expect(nav.getByRole('link', { name: 'Itineraries' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await nav.getByRole('link', { name: 'Map', exact: true }).click();
	await expect(page.getByTestId('place-list').locator('li').first()).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Map' })).toHaveAttribute('aria-current', 'page');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('itineraries, themes and the map list are readable from the prerendered HTML', async ({
		page
	}) => {
		await page.goto('/en/itineraries/salt-lake-day');
		await expect(page.locator('article[data-itinerary-id="salt-lake-day"] ol li')).not.toHaveCount(
			0
		);
		await page.goto('/en/pillars/food');
		await expect(page.locator('li[data-place-id="xiezhou-west-gate-food"]')).toHaveCount(1);
		await page.goto('/en/map');
		await expect(page.getByTestId('place-list').locator('li')).not.toHaveCount(0);
	});
});

test('a place gives a taxi card in Chinese and hands off to Amap and Baidu in their datums', async ({
	page
}) => {
	await page.goto('/en/places/xiezhou-guandi-temple');
	await waitForHydration(page);
	await page.getByRole('button', { name: 'Show a taxi driver' }).click();
	const card = page.getByTestId('taxi-card');
	await expect(card).toBeVisible();
	await expect(card).toContainText('师傅您好，请送我到：');
	await expect(card.locator('.name')).toHaveText('解州关帝庙');
	await page.keyboard.press('Escape');
	await expect(card).toBeHidden();

	// The links carry converted points (WGS84 would put the driver ~0.5–1.2 km off); not followed.
	const amap = new URL(
		(await page.getByRole('link', { name: /Open in Amap/ }).getAttribute('href'))!
	);
	const [lon] = amap.searchParams.get('position')!.split(',').map(Number);
	expect(lon! - 110.843333).toBeGreaterThan(0.004);
	const baidu = new URL(
		(await page.getByRole('link', { name: /Open in Baidu/ }).getAttribute('href'))!
	);
	expect(baidu.searchParams.get('coord_type')).toBe('bd09ll');
});
