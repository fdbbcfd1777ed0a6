import { expect, test, waitForHydration } from './fixtures';

const HOMES = [
	{ path: '/', lang: 'zh-CN', title: '盐湖游', pillar: '运城盐湖' },
	{ path: '/en', lang: 'en', title: 'Yanhu Guide', pillar: 'The Salt Lake' },
	{ path: '/zh-TW', lang: 'zh-TW', title: '鹽湖遊', pillar: '運城鹽湖' }
];

for (const home of HOMES) {
	test(`home renders in ${home.lang} at ${home.path} with <html lang>`, async ({ page }) => {
		const response = await page.goto(home.path);
		expect(response?.status()).toBe(200);
		// The prerendered HTML itself carries the language, before any script runs.
		expect(await response?.text()).toContain(`<html lang="${home.lang}">`);
		await expect(page.locator('html')).toHaveAttribute('lang', home.lang);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(home.title);
		await expect(page.getByRole('link', { name: home.pillar })).toBeVisible();
	});
}

test('the language switch keeps the page and remembers the choice', async ({ page }) => {
	await page.goto('/pillars/food');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('解州美食');
	await waitForHydration(page);
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en\/pillars\/food$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xiezhou food');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await waitForHydration(page);

	// A later visit to an address without a language prefix goes to the remembered language.
	await page.goto('/pillars/salt-lake');
	await expect(page).toHaveURL(/\/en\/pillars\/salt-lake$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Salt Lake');

	await waitForHydration(page);
	await page.getByRole('link', { name: '简体中文' }).click();
	await expect(page).toHaveURL(/\/pillars\/salt-lake$/);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('盐湖游');
	await expect(page).not.toHaveURL(/\/en/);
});

test.describe('a first visit from an English-language browser', () => {
	test.use({ locale: 'en-US' });
	test('goes to the English pages', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveURL(/\/en$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yanhu Guide');
	});
});

test.describe('a first visit from a Traditional Chinese browser', () => {
	test.use({ locale: 'zh-TW' });
	test('goes to the Traditional Chinese pages', async ({ page }) => {
		await page.goto('/pillars/guan-gong');
		await expect(page).toHaveURL(/\/zh-TW\/pillars\/guan-gong$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('關公故里');
	});
});
