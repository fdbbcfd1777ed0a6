// `npm test`: install what is missing, then lint, type-check, unit tests, build, browser tests.
// Prints one closing line "tests: N passed, N failed" summing the unit and browser runs.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium, ensureNodeModules, run } from './lib/setup.mjs';

const started = Date.now();
const timings = [];

function step(name, fn) {
	const t0 = Date.now();
	console.log(`\n▶ ${name}`);
	try {
		fn();
	} finally {
		timings.push(`${name} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
	}
}

function readJson(file) {
	return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

function tally() {
	const unit = readJson('reports/unit.json');
	const e2e = readJson('reports/e2e.json');
	const passed =
		(unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
	const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0);
	const skipped =
		(unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0);
	return { passed, failed, skipped };
}

let ok = false;
try {
	rmSync('reports', { recursive: true, force: true });
	step('install', () => {
		ensureNodeModules();
		process.env.CHROMIUM_PATH = ensureChromium();
	});
	step('lint', () => run('npm', ['run', 'lint']));
	step('type-check', () => run('npm', ['run', 'check']));
	step('unit tests', () =>
		run('npm', [
			'run',
			'test:unit',
			'--',
			'--reporter=default',
			'--reporter=json',
			'--outputFile.json=reports/unit.json'
		])
	);
	step('build', () => run('npm', ['run', 'build']));
	// The build regenerates the map pack; a committed pack that differs means it is not
	// reproducible from data/geo (or someone forgot to commit it).
	step('map pack reproducible', () =>
		run('git', ['diff', '--exit-code', '--stat', '--', 'static/map', 'src/lib/map'])
	);
	step('browser tests', () => run('npm', ['run', 'test:e2e']));
	ok = true;
} catch (error) {
	console.error(`\n✗ ${error instanceof Error ? error.message : error}`);
} finally {
	const { passed, failed, skipped } = tally();
	console.log(`\n${timings.join(' · ')} · total ${((Date.now() - started) / 1000).toFixed(1)} s`);
	console.log(
		`tests: ${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed, ${skipped} skipped`
	);
	process.exit(ok && failed === 0 ? 0 : 1);
}
