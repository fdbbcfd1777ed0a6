import type { Source } from 'pmtiles';

/** A pmtiles Source over bytes in memory, like FileSource over a File. */
export function bufferSource(bytes: Uint8Array, key = 'memory'): Source {
	return {
		getKey: () => key,
		getBytes: async (offset: number, length: number) => ({
			data: bytes.slice(offset, offset + length).buffer as ArrayBuffer
		})
	};
}
