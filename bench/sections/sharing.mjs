// Sharing: URL length and QR version for reference routes of 3, 10 and 30 stops, through the
// app's share codec (probed: src/lib/domain/share-codec.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { na, single } from '../lib/rows.mjs';
import { qrVersion } from '../lib/qr.mjs';
import { ROOT } from '../lib/site.mjs';
import { openDataPage } from './data.mjs';

const SECTION = 'sharing';
const STOPS = [3, 10, 30];

/**
 * @param {import('../run.mjs').Context} ctx
 * @returns {Promise<import('../lib/rows.mjs').Row[]>}
 */
export async function sharing(ctx) {
	if (!existsSync(join(ROOT, 'src/lib/domain/share-codec.ts'))) {
		return STOPS.map((n) =>
			na(SECTION, `share URL, ${n} stops`, 'no src/lib/domain/share-codec.ts yet')
		);
	}
	const opened = await openDataPage({ ...ctx, work: join(ctx.work, 'share') });
	try {
		const result = await opened.measure('share', 1);
		if ('na' in result) return STOPS.map((n) => na(SECTION, `share URL, ${n} stops`, result.na));
		return STOPS.flatMap((n) => {
			// The URL includes the loopback origin (http://127.0.0.1:port, 22 characters).
			const length = result.samples[`stops${n}`]?.[0] ?? NaN;
			return [
				single(SECTION, `share URL length, ${n} stops (incl. origin)`, 'count', length),
				single(
					SECTION,
					`QR version, ${n} stops (byte mode, level M)`,
					'count',
					qrVersion('x'.repeat(length))
				)
			];
		});
	} finally {
		await opened.close();
	}
}
