// Formatting figures for the printed table.

/** @param {number} bytes @returns {string} KB = 1024 bytes, as the budgets are written */
export function kb(bytes) {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

/** @param {number} bytes @returns {string} MB = 1024² bytes */
export function mb(bytes) {
	return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** @param {number} value ms @returns {string} */
export function ms(value) {
	if (!Number.isFinite(value)) return '–';
	return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(value >= 10 ? 1 : 2)} ms`;
}

/** @param {number} value @returns {string} */
export function ratio(value) {
	return Number.isFinite(value) ? `${value.toFixed(2)}×` : '–';
}

/** @param {number} value @returns {string} */
export function plain(value) {
	return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '–';
}

/** @param {unknown} error @returns {string} one short line */
export function reason(error) {
	const text = error instanceof Error ? error.message : String(error);
	const line = text.split('\n').find((l) => l.trim() !== '') ?? 'failed';
	return line.length > 90 ? `${line.slice(0, 87)}…` : line;
}
