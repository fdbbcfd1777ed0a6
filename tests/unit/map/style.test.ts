import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildStyle } from '$lib/map/style';
import type { MapLocale } from '$lib/map/types';

const origin = 'https://yanhu.example';
const LOCALES: MapLocale[] = ['zh-CN', 'en', 'zh-TW'];

describe('buildStyle', () => {
	for (const hasBasemap of [false, true]) {
		for (const locale of LOCALES) {
			it(`validates with the style spec (basemap ${hasBasemap}, ${locale})`, () => {
				const errors = validateStyleMin(buildStyle({ origin, hasBasemap, locale }));
				expect(errors.map((e) => e.message)).toEqual([]);
			});
		}
	}

	it('loads nothing from another host: no glyphs, no sprite, absolute same-origin URLs', () => {
		for (const hasBasemap of [false, true]) {
			const style = buildStyle({ origin, hasBasemap, locale: 'en' });
			expect(style.glyphs).toBeUndefined();
			expect(style.sprite).toBeUndefined();
			const urls = JSON.stringify(style).match(/(https?|pmtiles):\/\/[^"]+/g) ?? [];
			const own = urls.filter(
				(u) => u.startsWith(`${origin}/`) || u.startsWith(`pmtiles://${origin}/`)
			);
			const licenceLinks = urls.filter((u) => !own.includes(u));
			// The only foreign URLs are links inside attribution text, which fetch nothing.
			for (const u of licenceLinks) expect(JSON.stringify(style)).toContain(`href=\\"${u}`);
		}
	});

	it('draws the honest context map when there is no basemap', () => {
		const style = buildStyle({ origin, hasBasemap: false, locale: 'zh-CN' });
		const ids = style.layers.map((l) => l.id);
		expect(ids).toEqual(expect.arrayContaining(['district-outline', 'water-fill', 'place-circle']));
		expect(Object.keys(style.sources)).not.toContain('basemap');
		expect(JSON.stringify(style)).not.toMatch(/roads/);
		expect((style.sources.yanhu as { url: string }).url).toBe(
			'pmtiles://https://yanhu.example/map/yanhu.pmtiles'
		);
	});

	it('switches to Protomaps layers under our overlays when a basemap exists', () => {
		const style = buildStyle({ origin, hasBasemap: true, locale: 'zh-CN' });
		const ids = style.layers.map((l) => l.id);
		const firstOverlay = ids.indexOf('district-outline');
		const basemapLayers = style.layers.filter((l) => 'source' in l && l.source === 'basemap');
		expect(basemapLayers.length).toBeGreaterThan(40);
		expect(ids.indexOf(basemapLayers[basemapLayers.length - 1]!.id)).toBeLessThan(firstOverlay);
		expect(ids.indexOf('place-circle')).toBeGreaterThan(firstOverlay);
		expect(ids).not.toContain('water-fill');
		expect(JSON.stringify(style)).toMatch(/name:zh-Hans/);
		expect(JSON.stringify(buildStyle({ origin, hasBasemap: true, locale: 'en' }))).toMatch(
			/name:en/
		);
		expect(
			String(
				style.sources.basemap && 'attribution' in style.sources.basemap
					? style.sources.basemap.attribution
					: ''
			)
		).toMatch(/OpenStreetMap/);
	});

	it('labels in the UI language with the local name second for English', () => {
		const en = JSON.stringify(buildStyle({ origin, hasBasemap: false, locale: 'en' }).layers);
		const tw = JSON.stringify(buildStyle({ origin, hasBasemap: false, locale: 'zh-TW' }).layers);
		expect(en).toContain('"name:en"');
		expect(tw).toContain('"name:zh-Hant"');
	});

	it('maps every text font to the precached Noto Sans woff2 files', () => {
		const style = buildStyle({ origin, hasBasemap: true, locale: 'en' });
		const fonts = new Set(
			[...JSON.stringify(style.layers).matchAll(/"(Noto Sans[^"]*)"/g)].map((m) => m[1])
		);
		for (const f of fonts) expect(Object.keys(style['font-faces'] ?? {})).toContain(f);
	});

	it('is pure: the same arguments give the same style', () => {
		const a = buildStyle({ origin, hasBasemap: true, locale: 'zh-TW' });
		const b = buildStyle({ origin, hasBasemap: true, locale: 'zh-TW' });
		expect(a).toEqual(b);
	});
});
