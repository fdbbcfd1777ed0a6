/** Types for lunar-table.mjs, so TypeScript tests can import it. */
export const FIRST_YEAR: number;
export const LAST_YEAR: number;
export const TABLE_PATH: string;
export function lunarRows(first?: number, last?: number): [string, string, number][];
export function lunarTableSource(first?: number, last?: number): string;
