// Renders the app icons (PNG) from one SVG with Debian's Chromium, so the glyph 盐 is drawn by
// a real CJK font (fonts-wqy-zenhei). The PNGs are committed: the app build does not run this.
// Regenerate: node scripts/icons/build.mjs
import { chromium } from '@playwright/test';
import { writeFile } from 'node:fs/promises';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** @param {number} size @param {boolean} maskable */
function svg(size, maskable) {
	// A maskable icon keeps its content inside the central 80% safe zone.
	const scale = maskable ? 0.62 : 0.8;
	const radius = maskable ? 0 : size * 0.18;
	const font = size * scale * 0.72;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
  <rect width="${size}" height="${size}" rx="${radius}" fill="#0f5e6b"/>
  <rect x="0" y="${size * 0.7}" width="${size}" height="${size * 0.3}" rx="0" fill="#1f7a8c" opacity="${maskable ? 1 : 0}"/>
  <circle cx="${size / 2}" cy="${size / 2}" r="${(size * scale) / 2}" fill="#f6f4ef"/>
  <text x="50%" y="50%" dy="0.35em" text-anchor="middle" font-family="WenQuanYi Zen Hei" font-size="${font}" fill="#a3262a">盐</text>
</svg>`;
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [name, size, maskable] of [
	['icon-192.png', 192, false],
	['icon-512.png', 512, false],
	['icon-maskable-512.png', 512, true]
]) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<html><body style="margin:0;background:transparent">${svg(size, maskable)}</body></html>`
	);
	const png = await page.screenshot({
		omitBackground: true,
		clip: { x: 0, y: 0, width: size, height: size }
	});
	await writeFile(new URL(`../../static/icons/${name}`, import.meta.url), png);
	console.log(`static/icons/${name}: ${png.length} bytes`);
}
await browser.close();
