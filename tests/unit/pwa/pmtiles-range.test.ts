import { describe, expect, it } from 'vitest';
import { clampRange } from '$lib/pwa/sw/clamp-range';

describe('clampRange', () => {
	it('clamps an end past the file to its last byte (pmtiles asks for 16 KiB of a small pack)', () => {
		expect(clampRange('bytes=0-16383', 1000)).toBe('bytes=0-999');
	});
	it('leaves a range inside the file alone', () => {
		expect(clampRange('bytes=10-19', 1000)).toBe('bytes=10-19');
	});
	it('passes forms it does not clamp through unchanged', () => {
		expect(clampRange('bytes=10-', 1000)).toBe('bytes=10-');
		expect(clampRange('bytes=-500', 1000)).toBe('bytes=-500');
		expect(clampRange('bytes=2000-3000', 1000)).toBe('bytes=2000-3000');
	});
});
