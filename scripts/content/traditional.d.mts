/** Types for traditional.mjs, so TypeScript tests can import it. */
export function makeConverter(): (text: string) => string;
export function fillTraditional<T>(value: T, convert: (text: string) => string): T;
