/**
 * Deterministic content hashing. The seeder compares the bundle's hash with the one stored in
 * IndexedDB, so the same records must give the same hash in Node and every browser: object keys
 * are sorted (insertion order must not matter) and the hash runs over UTF-16 code units.
 */

/** JSON with object keys sorted at every level; `undefined` members are dropped as JSON does. */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	if (Array.isArray(value)) {
		return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
	}
	const record = value as Record<string, unknown>;
	const members = Object.keys(record)
		.filter((key) => record[key] !== undefined)
		.sort()
		.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
	return `{${members.join(',')}}`;
}

/** 32-bit FNV-1a of a string, as 8 hex digits. */
export function fnv1a32(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

/**
 * The content hash: FNV-1a of the canonical JSON, plus its length so that two edits colliding
 * in 32 bits still differ unless they also keep the length.
 */
export function contentHash(value: unknown): string {
	const json = canonicalJson(value);
	return `${fnv1a32(json)}-${json.length.toString(36)}`;
}
