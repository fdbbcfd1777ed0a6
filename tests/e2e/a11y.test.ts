import { createRequire } from 'node:module';
import { expect, test } from './fixtures';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

for (const path of ['/', '/en', '/zh-TW', '/pillars/guan-gong', '/en/pillars/salt-lake']) {
	test(`axe-core finds no serious or critical violation on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
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
