// The QR code version (size) a URL needs, from the standard's capacity table: byte mode (URLs
// with lower-case base64url are not alphanumeric), error correction level M (what QR libraries
// default to). Version v is 17 + 4v modules square.

/** Bytes that fit in byte mode at level M, versions 1..40 (ISO/IEC 18004 table 7). */
const BYTE_CAPACITY_M = [
	14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666,
	711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989,
	2099, 2213, 2331
];

/**
 * @param {string} text
 * @returns {number} the smallest version (1..40) holding the text, or NaN when none does
 */
export function qrVersion(text) {
	const bytes = new TextEncoder().encode(text).length;
	const index = BYTE_CAPACITY_M.findIndex((capacity) => capacity >= bytes);
	return index < 0 ? NaN : index + 1;
}
