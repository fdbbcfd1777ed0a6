import { describe, expect, it } from 'vitest';
import {
	max,
	median,
	min,
	pairOrder,
	pairedRatio,
	percentile,
	summarize
} from '../../../bench/stats.mjs';

describe('bench statistics', () => {
	it('takes the median of odd and even counts, unsorted input', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([7])).toBe(7);
	});

	it('gives min and max and NaN for nothing', () => {
		expect(min([3, -1, 2])).toBe(-1);
		expect(max([3, -1, 2])).toBe(3);
		expect(median([])).toBeNaN();
		expect(min([])).toBeNaN();
		expect(max([])).toBeNaN();
	});

	it('interpolates percentiles between ranks', () => {
		const values = [10, 20, 30, 40, 50];
		expect(percentile(values, 0)).toBe(10);
		expect(percentile(values, 100)).toBe(50);
		expect(percentile(values, 25)).toBe(20);
		expect(percentile(values, 95)).toBeCloseTo(48);
		expect(percentile([1, 2], 50)).toBe(1.5);
	});

	it('ignores non-finite samples and rejects a bad percentile', () => {
		expect(median([1, NaN, 3, Infinity])).toBe(2);
		expect(() => percentile([1], 101)).toThrow(RangeError);
		expect(() => percentile([1], -1)).toThrow(RangeError);
	});

	it('does not reorder the caller’s array', () => {
		const values = [3, 1, 2];
		summarize(values);
		expect(values).toEqual([3, 1, 2]);
	});

	it('summarises runs', () => {
		expect(summarize([4, 2, 6, 8, 10])).toEqual({ n: 5, median: 6, min: 2, max: 10, p95: 9.6 });
	});

	it('takes paired ratios run by run', () => {
		const ratio = pairedRatio([110, 240, 90], [100, 200, 100]);
		expect(ratio.median).toBeCloseTo(1.1);
		expect(ratio.min).toBeCloseTo(0.9);
		expect(ratio.max).toBeCloseTo(1.2);
		expect(() => pairedRatio([1], [1, 2])).toThrow(RangeError);
	});

	it('alternates which side of a pair goes first', () => {
		expect(pairOrder(0)).toEqual(['a', 'b']);
		expect(pairOrder(1)).toEqual(['b', 'a']);
		expect(pairOrder(2)).toEqual(['a', 'b']);
	});
});
