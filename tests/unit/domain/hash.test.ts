import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, fnv1a32 } from '$lib/domain/hash';

describe('content hash', () => {
	it('is FNV-1a 32 (published test vectors)', () => {
		expect(fnv1a32('')).toBe('811c9dc5');
		expect(fnv1a32('a')).toBe('e40c292c');
		expect(fnv1a32('foobar')).toBe('bf9cf968');
	});

	it('ignores key order and undefined members, keeps array order', () => {
		expect(canonicalJson({ b: 1, a: [2, { d: 3, c: undefined }] })).toBe('{"a":[2,{"d":3}],"b":1}');
		expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
		expect(contentHash([1, 2])).not.toBe(contentHash([2, 1]));
	});

	it('changes when any value changes', () => {
		const base = { places: [{ id: 'x', name: { 'zh-CN': '甲', en: 'A' } }] };
		const edited = { places: [{ id: 'x', name: { 'zh-CN': '乙', en: 'A' } }] };
		expect(contentHash(base)).not.toBe(contentHash(edited));
	});
});
