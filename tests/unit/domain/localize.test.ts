import { describe, expect, it } from 'vitest';
import { localize } from '$lib/domain/localize';

describe('localize', () => {
	const full = { 'zh-CN': '盐湖', en: 'Salt Lake', 'zh-TW': '鹽湖' };

	it('returns the requested locale', () => {
		expect(localize(full, 'zh-CN')).toBe('盐湖');
		expect(localize(full, 'en')).toBe('Salt Lake');
		expect(localize(full, 'zh-TW')).toBe('鹽湖');
	});

	it('falls back requested → zh-CN → en', () => {
		expect(localize({ 'zh-CN': '盐湖', en: 'Salt Lake' }, 'zh-TW')).toBe('盐湖');
		expect(localize({ 'zh-CN': '', en: 'Salt Lake' }, 'zh-TW')).toBe('Salt Lake');
		expect(localize({ 'zh-CN': '盐湖', en: '' }, 'en')).toBe('盐湖');
	});
});
