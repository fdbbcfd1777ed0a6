import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { contentBundle } from '$lib/content/index';
import {
	APPROXIMATE_LOCATION_M,
	CONTENT_MODEL_VERSION,
	type LocalizedText
} from '$lib/domain/content-model';
import { contentHash } from '$lib/domain/hash';
import { fillTraditional, makeConverter } from '../../../scripts/content/traditional.mjs';

const { places, dishes, itineraries, seasonalRules } = contentBundle;
const placeIds = new Set(places.map((p) => p.id));

function localizedTexts(value: unknown, found: LocalizedText[] = []): LocalizedText[] {
	if (Array.isArray(value)) value.forEach((item) => localizedTexts(item, found));
	else if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if (typeof record['zh-CN'] === 'string' && typeof record.en === 'string') {
			found.push(record as LocalizedText);
		} else Object.values(record).forEach((item) => localizedTexts(item, found));
	}
	return found;
}

describe('the curated dataset', () => {
	it('has the counts the issue asks for', () => {
		expect(places.length).toBeGreaterThanOrEqual(25);
		expect(dishes.length).toBeGreaterThanOrEqual(8);
		expect(itineraries.length).toBeGreaterThanOrEqual(6);
		expect(seasonalRules.length).toBeGreaterThanOrEqual(10);
	});

	it('covers the named places', () => {
		for (const id of [
			'xiezhou-guandi-temple',
			'xiezhou-guandi-temple-jieyi-garden',
			'xiezhou-guandi-temple-chongning-hall',
			'xiezhou-guandi-temple-chunqiu-tower',
			'changping-guandi-family-temple',
			'guangong-statue',
			'xiezhou-west-gate-food',
			'xiezhou-east-gate-food',
			'chishen-temple',
			'salt-pond-wall',
			'hedong-salt-museum',
			'salt-lake-lamp-post-006',
			'salt-lake-embankment-22',
			'qicai-salt-lake',
			'salt-lake-wetlands',
			'shun-mausoleum',
			'yanhu-district-museum',
			'beixiang-town',
			'taiping-xingguo-pagoda',
			'yuncheng-guanwang-temple',
			'yuncheng-museum',
			'fenghuanggu-forest-park',
			'yuncheng-station',
			'yuncheng-north-station',
			'yuncheng-airport'
		]) {
			expect(placeIds.has(id), id).toBe(true);
		}
	});

	it('gives the Guandi Temple its halls as ordered children along the axis', () => {
		const halls = places
			.filter((p) => p.parentId === 'xiezhou-guandi-temple')
			.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
		expect(halls.map((h) => h.name['zh-CN'])).toEqual([
			'结义园',
			'端门',
			'午门',
			'御书楼',
			'崇宁殿',
			'春秋楼'
		]);
	});

	it('knows the Guandi Temple by its other names', () => {
		const temple = places.find((p) => p.id === 'xiezhou-guandi-temple');
		expect(temple?.aliases).toEqual(
			expect.arrayContaining(['关帝祖庙', '运城关公故里文化旅游景区'])
		);
	});

	it('has the two Xiezhou dishes, Beixiang hubu and the six of 四菜一汤一饼', () => {
		const names = dishes.map((d) => d.name['zh-CN']);
		expect(names).toEqual(
			expect.arrayContaining([
				'解州羊肉泡',
				'北相羊肉胡卜',
				'黄河大鲤鱼',
				'中条山牛肉',
				'峨嵋岭土鸡',
				'涑水河火锅',
				'关公羊汤',
				'舜帝烧饼'
			])
		);
		expect(dishes.filter((d) => d.group === 'sicai-yitang-yibing')).toHaveLength(6);
	});

	it('runs the Salt Lake day in the order the China Daily route gives', () => {
		const day = itineraries.find((i) => i.id === 'salt-lake-day')?.days[0];
		expect(day?.stops.map((s) => s.placeId)).toEqual([
			'hedong-salt-museum',
			'chishen-temple',
			'salt-lake-lamp-post-006',
			'salt-lake-embankment-22',
			'qicai-salt-lake'
		]);
		expect(itineraries.find((i) => i.id === 'best-of-two-days')?.days).toHaveLength(2);
	});

	it('is honest about locations: estimates are coarse, unknown stays null', () => {
		for (const place of places) {
			if (!place.location) continue;
			if (place.location.method === 'estimate') {
				expect(place.location.precisionM, place.id).toBeGreaterThan(APPROXIMATE_LOCATION_M);
				expect(place.location.note, place.id).toBeTruthy();
			}
			if (place.location.method === 'gcj02-converted') {
				expect(place.location.precisionM, place.id).toBeGreaterThanOrEqual(100);
			}
		}
		const unknown = places.filter((p) => p.location === null).map((p) => p.id);
		expect(unknown).toEqual(
			expect.arrayContaining(['hedong-salt-museum', 'yuncheng-museum', 'yuncheng-station'])
		);
	});

	it('fills zh-TW everywhere', () => {
		const texts = localizedTexts(contentBundle);
		expect(texts.length).toBeGreaterThan(200);
		for (const text of texts) expect(text['zh-TW'], text.en).toBeTruthy();
		expect(places.find((p) => p.id === 'xiezhou-guandi-temple')?.name['zh-TW']).toBe('解州關帝廟');
	});

	it('matches its sources: bundle.json is what `npm run content:build` makes', () => {
		const read = (file: string) =>
			JSON.parse(
				readFileSync(new URL(`../../../src/lib/content/source/${file}`, import.meta.url), 'utf8')
			);
		const rebuilt = fillTraditional(
			{
				places: read('places.json'),
				dishes: read('dishes.json'),
				itineraries: read('itineraries.json'),
				seasonalRules: read('seasonal-rules.json')
			},
			makeConverter()
		);
		expect({ places, dishes, itineraries, seasonalRules }).toEqual(rebuilt);
	});

	it('has a deterministic hash of its records', () => {
		expect(contentBundle.version).toBe(CONTENT_MODEL_VERSION);
		expect(contentBundle.hash).toBe(
			contentHash({ version: contentBundle.version, places, dishes, itineraries, seasonalRules })
		);
		expect(contentBundle.hash).toMatch(/^[0-9a-f]{8}-[0-9a-z]+$/);
	});

	it('fits the 60 KB gzipped budget', () => {
		const bytes = gzipSync(JSON.stringify(contentBundle)).length;
		console.log(
			`content bundle: ${JSON.stringify(contentBundle).length} B raw, ${bytes} B gzipped`
		);
		expect(bytes).toBeLessThanOrEqual(60 * 1024);
	});
});
