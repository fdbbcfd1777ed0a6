import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as messages from '$lib/paraglide/messages';
import { locales, baseLocale } from '$lib/paraglide/runtime';

type Catalogue = Record<string, string>;
const read = (locale: string): Catalogue => {
	const { $schema: _schema, ...rest } = JSON.parse(
		readFileSync(new URL(`../../../messages/${locale}.json`, import.meta.url), 'utf8')
	) as Catalogue;
	return rest;
};

describe('UI messages', () => {
	const base = read('zh-CN');
	const keys = Object.keys(base);

	it('the project has the three locales with zh-CN as base', () => {
		expect(baseLocale).toBe('zh-CN');
		expect([...locales]).toEqual(['zh-CN', 'en', 'zh-TW']);
		expect(keys.length).toBeGreaterThan(20);
	});

	for (const locale of ['zh-CN', 'en', 'zh-TW']) {
		it(`${locale} has every message, none empty, and no extra ones`, () => {
			const catalogue = read(locale);
			expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
			for (const key of keys) expect(catalogue[key]?.trim(), `${locale}.${key}`).toBeTruthy();
		});
	}

	it('the compiled messages exist and return text in each locale (not undefined)', () => {
		const compiled = messages as unknown as Record<
			string,
			(inputs?: Record<string, string>, options?: { locale: string }) => string
		>;
		for (const key of keys) {
			expect(typeof compiled[key], `compiled message ${key}`).toBe('function');
			// Every placeholder the message declares gets a value, so "undefined" means a broken message.
			const inputs = Object.fromEntries(
				[...base[key]!.matchAll(/\{(\w+)\}/g)].map((match) => [match[1]!, 'X'])
			);
			for (const locale of locales) {
				const text = compiled[key]!(inputs, { locale });
				expect(typeof text, `${locale}.${key}`).toBe('string');
				expect(text.length, `${locale}.${key}`).toBeGreaterThan(0);
				expect(text).not.toContain('undefined');
			}
		}
		expect(compiled.app_name!({}, { locale: 'en' })).toBe('Yanhu Guide');
		expect(compiled.app_name!({}, { locale: 'zh-TW' })).toBe('鹽湖遊');
	});

	it('placeholders are the same in every locale', () => {
		const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const locale of ['en', 'zh-TW']) {
			const catalogue = read(locale);
			for (const key of keys) {
				expect(params(catalogue[key]!), `${locale}.${key}`).toEqual(params(base[key]!));
			}
		}
	});
});
