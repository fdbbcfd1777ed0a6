/**
 * Asks the browser not to evict our IndexedDB and caches under storage pressure (favourites
 * and offline content must survive). Browsers may say no; the answer is informative only.
 */
export async function requestPersistentStorage(): Promise<boolean> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
	if (await navigator.storage.persisted()) return true;
	return navigator.storage.persist();
}

/** Used and available bytes, or null where the browser does not tell. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
	if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
	const { usage = 0, quota = 0 } = await navigator.storage.estimate();
	return { usage, quota };
}
