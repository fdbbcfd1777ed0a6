// Statistics for the benchmark. These machines are shared and noisy, so every figure is a
// median over several runs with its min and max, and comparisons are per-run ratios.

/**
 * @param {number[]} values
 * @returns {number[]} a sorted copy (ascending); non-finite values are dropped
 */
function sorted(values) {
	return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}

/**
 * The p-th percentile with linear interpolation between closest ranks (numpy's default):
 * p = 0 is the minimum, p = 100 the maximum, p = 50 the median.
 * @param {number[]} values
 * @param {number} p 0..100
 * @returns {number} NaN for an empty list
 */
export function percentile(values, p) {
	if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
	const s = sorted(values);
	if (s.length === 0) return NaN;
	const rank = (p / 100) * (s.length - 1);
	const low = /** @type {number} */ (s[Math.floor(rank)]);
	const high = /** @type {number} */ (s[Math.ceil(rank)]);
	return low + (high - low) * (rank - Math.floor(rank));
}

/** @param {number[]} values */
export const median = (values) => percentile(values, 50);

/** @param {number[]} values @returns {number} NaN when empty */
export const min = (values) => sorted(values)[0] ?? NaN;

/** @param {number[]} values @returns {number} NaN when empty */
export const max = (values) => {
	const s = sorted(values);
	return s[s.length - 1] ?? NaN;
};

/**
 * @typedef {{ n: number, median: number, min: number, max: number, p95: number }} Summary
 */

/**
 * @param {number[]} values one sample per run
 * @returns {Summary}
 */
export function summarize(values) {
	const s = sorted(values);
	return {
		n: s.length,
		median: median(s),
		min: min(s),
		max: max(s),
		p95: percentile(s, 95)
	};
}

/**
 * Ratios of paired samples measured alternately in the same run (a[i] / b[i]): pairing cancels
 * most of the machine's drift, which a ratio of two separate medians would not.
 * @param {number[]} a e.g. the app's times
 * @param {number[]} b e.g. the reference page's times, same length
 * @returns {Summary}
 */
export function pairedRatio(a, b) {
	if (a.length !== b.length)
		throw new RangeError(`paired samples differ in length: ${a.length} vs ${b.length}`);
	return summarize(a.map((value, i) => value / /** @type {number} */ (b[i])));
}

/**
 * Which order to measure a pair in on run i: A then B on even runs, B then A on odd runs, so
 * neither side always benefits from going second (warm caches, settled CPU).
 * @param {number} i run index from 0
 * @returns {['a', 'b'] | ['b', 'a']}
 */
export function pairOrder(i) {
	return i % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
}
