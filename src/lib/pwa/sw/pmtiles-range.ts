/// <reference lib="webworker" />
import { matchPrecache } from 'workbox-precaching';
import { createPartialResponse } from 'workbox-range-requests';
import { clampRange } from './clamp-range';

/**
 * Answers a byte-range request for a map pack from the precached full file with a 206.
 * pmtiles rejects a 200 full-body answer, and Workbox alone answers a range past the end with
 * a bare 416 (which breaks pmtiles' first 16 KiB read of a small archive), so the end is clamped.
 * Returns undefined when the pack is not precached (the caller then goes to the network).
 */
export async function rangeFromPrecache(request: Request): Promise<Response | undefined> {
	const url = new URL(request.url);
	const full = await matchPrecache(url.pathname);
	if (!full) return undefined;
	const range = request.headers.get('range');
	if (!range) return full;
	const size = Number(full.headers.get('content-length') ?? NaN);
	const clamped = clampRange(
		range,
		Number.isFinite(size) ? size : (await full.clone().blob()).size
	);
	const ranged = new Request(request, { headers: { range: clamped } });
	return createPartialResponse(ranged, full);
}
