import { describe, expect, it } from 'vitest';
import { LOCALES, PILLARS } from '$lib/domain/content-model';

describe('content model constants', () => {
	it('has the three locales with zh-CN first (the base locale)', () => {
		expect(LOCALES).toEqual(['zh-CN', 'en', 'zh-TW']);
	});
	it('has the three pillars', () => {
		expect(PILLARS).toEqual(['guan-gong', 'salt-lake', 'food']);
	});
});
