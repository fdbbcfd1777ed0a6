/**
 * Asks the browser not to evict our IndexedDB and caches under storage pressure (favourites
 * and offline content must survive). Browsers may say no; the answer is informative only.
 */
export async function requestPersistentStorage(): Promise<boolean> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
	if (await navigator.storage.persisted()) return true;
	return navigator.storage.persist();
}
