import { createRequire } from 'node:module';
import { expect, test } from './fixtures';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const PAGES = [
	'/',
	'/en',
	'/zh-TW',
	'/pillars/guan-gong',
	'/en/pillars/food',
	'/zh-TW/itineraries',
	'/en/itineraries/salt-lake-day',
	'/places/xiezhou-guandi-temple',
	'/en/places/xiezhou-west-gate-food',
	'/en/seasons?date=2025-05-05',
	'/zh-TW/map',
	'/en/map'
];

for (const path of PAGES) {
	test(`axe-core finds no serious or critical violation on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// Content pages fill in from IndexedDB: check what the visitor finally sees.
		await expect(page.getByText(/Loading…|正在读取|正在讀取/)).toHaveCount(0);
		if (path.endsWith('/map')) {
			await page.waitForFunction(() => '__yanhuMap' in window, null, { timeout: 30_000 });
		}
		await page.addScriptTag({ path: axePath });
		const violations = await page.evaluate(async () => {
			const axe = (
				window as unknown as {
					axe: {
						run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
					};
				}
			).axe;
			const result = await axe.run();
			return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
		});
		expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
	});
}
