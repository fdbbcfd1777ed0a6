import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

type Check = { ok: true } | { ok: false; errors: string[] };

/**
 * Fails the build when the bundled content breaks the content schema (a missing source, a missing
 * zh-CN or en text, a coordinate outside the district box unless flagged, a missing precision…).
 * The check runs the app's own TypeScript validator through Vite's module runner, so there is
 * one validator for the unit tests, the build and the app.
 */
export function contentCheck(): Plugin {
	const lib = fileURLToPath(new URL('../../src/lib', import.meta.url));
	// Kit builds twice (server, then client); the content is checked once.
	let checked: Promise<Check> | undefined;
	return {
		name: 'yanhu-content-check',
		apply: 'build',
		async buildStart() {
			checked ??= runnerImport<{ checkBundledContent: () => Check }>(
				fileURLToPath(new URL('./content-check-entry.ts', import.meta.url)),
				{ configFile: false, resolve: { alias: { $lib: lib } }, logLevel: 'silent' }
			).then(({ module }) => module.checkBundledContent());
			const result = await checked;
			if (!result.ok) {
				const message = `The bundled content is invalid:\n  ${result.errors.join('\n  ')}`;
				// Printed as well: a later plugin's failure in the same build can hide this error.
				console.error(message);
				this.error(message);
			}
		}
	};
}
