/** What went wrong when writing to IndexedDB, in terms the UI can translate. */
export type StorageProblem = { kind: 'full' } | { kind: 'other'; detail: string };

/**
 * Dexie wraps the browser's DOMException; a full disk shows up as QuotaExceededError either
 * on the error itself or on its `inner` cause (Dexie's ModifyError/AbortError).
 */
export function classifyStorageError(error: unknown): StorageProblem {
	let current: unknown = error;
	for (let depth = 0; current && depth < 4; depth++) {
		const name = (current as { name?: unknown }).name;
		if (name === 'QuotaExceededError') return { kind: 'full' };
		current = (current as { inner?: unknown }).inner;
	}
	const detail = error instanceof Error ? error.message : String(error);
	return { kind: 'other', detail };
}
