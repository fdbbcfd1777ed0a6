import { describe, expect, it } from 'vitest';
import { classifyStorageError } from '$lib/data/storage-error';

describe('classifyStorageError', () => {
	it('recognises a full disk directly and wrapped by Dexie', () => {
		const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
		expect(classifyStorageError(quota)).toEqual({ kind: 'full' });
		const wrapped = Object.assign(new Error('Transaction aborted'), {
			name: 'AbortError',
			inner: quota
		});
		expect(classifyStorageError(wrapped)).toEqual({ kind: 'full' });
	});
	it('passes other errors on with their message', () => {
		expect(classifyStorageError(new Error('boom'))).toEqual({ kind: 'other', detail: 'boom' });
		expect(classifyStorageError('odd')).toEqual({ kind: 'other', detail: 'odd' });
	});
});
