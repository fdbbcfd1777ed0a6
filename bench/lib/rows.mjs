// One row of the results table, and how it prints.
import { kb, mb, ms, plain, ratio } from './format.mjs';
import { summarize } from '../stats.mjs';

/**
 * @typedef {'ms' | 'bytes' | 'ratio' | 'score' | 'count' | 'text'} Unit
 * @typedef {{ op: '<=' | '>=' | '==', limit: number, label: string }} Budget
 * @typedef {{
 *   section: string,
 *   figure: string,
 *   unit: Unit,
 *   summary?: import('../stats.mjs').Summary,
 *   value?: number,
 *   text?: string,
 *   na?: string,
 *   note?: string,
 *   details?: unknown,
 *   budget?: Budget,
 *   pass?: boolean
 * }} Row
 */

/**
 * @param {Budget | undefined} budget
 * @param {number | undefined} value
 * @returns {boolean | undefined}
 */
function check(budget, value) {
	if (!budget || value === undefined || !Number.isFinite(value)) return undefined;
	if (budget.op === '<=') return value <= budget.limit;
	if (budget.op === '>=') return value >= budget.limit;
	return value === budget.limit;
}

/**
 * A figure measured over several runs; the budget applies to the median.
 * @param {string} section @param {string} figure @param {Unit} unit
 * @param {number[]} samples one per run
 * @param {{ budget?: Budget, note?: string }} [extra]
 * @returns {Row}
 */
export function runs(section, figure, unit, samples, { budget, note } = {}) {
	const summary = summarize(samples);
	return { section, figure, unit, summary, budget, note, pass: check(budget, summary.median) };
}

/**
 * A figure measured over several runs and summarised elsewhere (e.g. a paired ratio).
 * @param {string} section @param {string} figure @param {Unit} unit
 * @param {import('../stats.mjs').Summary} summary
 * @param {{ budget?: Budget, note?: string }} [extra]
 * @returns {Row}
 */
export function summarized(section, figure, unit, summary, { budget, note } = {}) {
	return { section, figure, unit, summary, budget, note, pass: check(budget, summary.median) };
}

/**
 * A deterministic figure (a size, a count): one value, no spread.
 * @param {string} section @param {string} figure @param {Unit} unit @param {number} value
 * @param {{ budget?: Budget, note?: string }} [extra]
 * @returns {Row}
 */
export function single(section, figure, unit, value, { budget, note } = {}) {
	return { section, figure, unit, value, budget, note, pass: check(budget, value) };
}

/**
 * A yes/no fact checked against a budget (e.g. "map code out of the home route's JS").
 * @param {string} section @param {string} figure @param {boolean} ok @param {string} text
 * @param {string} label the budget as printed
 * @returns {Row}
 */
export function fact(section, figure, ok, text, label) {
	return {
		section,
		figure,
		unit: 'text',
		text,
		budget: { op: '==', limit: 1, label },
		pass: ok
	};
}

/**
 * A figure that could not be measured: the feature is not built yet, or its section failed.
 * @param {string} section @param {string} figure @param {string} reason
 * @param {{ budget?: Budget }} [extra]
 * @returns {Row}
 */
export function na(section, figure, reason, { budget } = {}) {
	return { section, figure, unit: 'text', na: reason, budget };
}

/** @param {Unit} unit @param {number} value @returns {string} */
export function formatValue(unit, value) {
	if (unit === 'ms') return ms(value);
	if (unit === 'bytes') return value >= 1024 * 1024 ? mb(value) : kb(value);
	if (unit === 'ratio') return ratio(value);
	return plain(value);
}

/**
 * @param {Row} row
 * @returns {{ median: string, min: string, max: string, budget: string }}
 */
export function cells(row) {
	const mark = row.pass === undefined ? (row.budget ? '?' : '') : row.pass ? '✓' : '✗';
	const budget = row.budget ? `${mark} ${row.budget.label}` : '';
	if (row.na !== undefined)
		return {
			median: `n/a (${row.na})`,
			min: '',
			max: '',
			budget: row.budget ? `– ${row.budget.label}` : ''
		};
	if (row.text !== undefined) return { median: row.text, min: '', max: '', budget };
	if (row.summary) {
		return {
			median: formatValue(row.unit, row.summary.median),
			min: formatValue(row.unit, row.summary.min),
			max: formatValue(row.unit, row.summary.max),
			budget
		};
	}
	return { median: formatValue(row.unit, row.value ?? NaN), min: '', max: '', budget };
}

/**
 * The table as printed: one line per row, columns padded (CJK counts as one column; the
 * figures are ASCII).
 * @param {Row[]} rows
 * @returns {string}
 */
export function renderTable(rows) {
	const header = ['section', 'figure', 'median', 'min', 'max', 'budget'];
	const lines = rows.map((row) => {
		const c = cells(row);
		const figure = row.note ? `${row.figure} (${row.note})` : row.figure;
		return [row.section, figure, c.median, c.min, c.max, c.budget];
	});
	const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
	const format = (/** @type {string[]} */ l) =>
		`| ${l.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
	return [
		format(header),
		`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
		...lines.map(format)
	].join('\n');
}
