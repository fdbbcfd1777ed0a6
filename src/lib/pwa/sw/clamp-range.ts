/** 'bytes=a-b' with b clamped to the last byte of a `size`-byte file; other forms pass through. */
export function clampRange(range: string, size: number): string {
	const match = /^bytes=(\d+)-(\d+)$/.exec(range.trim());
	if (!match) return range;
	const start = Number(match[1]);
	const end = Math.min(Number(match[2]), size - 1);
	return start <= end ? `bytes=${start}-${end}` : range;
}
