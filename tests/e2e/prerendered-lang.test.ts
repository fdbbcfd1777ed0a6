import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildDir, expect, test } from './fixtures';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? htmlFiles(join(dir, entry.name))
			: entry.name.endsWith('.html')
				? [join(dir, entry.name)]
				: []
	);
}

test('every prerendered page declares the language of its URL in <html lang>', () => {
	const files = htmlFiles(buildDir);
	// 3 locales × (home, itineraries, map, seasons, 3 pillars, 32 places, 6 itineraries) at least.
	expect(files.length).toBeGreaterThan(120);
	for (const file of files) {
		const path = relative(buildDir, file);
		const expected =
			path.startsWith('en/') || path === 'en.html'
				? 'en'
				: path.startsWith('zh-TW/') || path === 'zh-TW.html'
					? 'zh-TW'
					: 'zh-CN';
		expect(readFileSync(file, 'utf8'), path).toContain(`<html lang="${expected}">`);
	}
});
