import { contentBundle } from '$lib/content/index';
import { validateContentBundle } from '$lib/domain/content-schema';

export function checkBundledContent(): { ok: true } | { ok: false; errors: string[] } {
	const result = validateContentBundle(contentBundle);
	return result.ok ? { ok: true } : { ok: false, errors: result.errors };
}
