// What `npm start` and `npm test` need on a fresh machine, installed only when missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const LOCK_STAMP = 'node_modules/.yanhu-lock-hash';

/** Runs a command in the foreground; throws with the command line if it fails. */
export function run(command, args, options = {}) {
	const result = spawnSync(command, args, { stdio: 'inherit', ...options });
	if (result.status !== 0) {
		throw new Error(
			`\`${[command, ...args].join(' ')}\` failed (exit ${result.status ?? result.signal})`
		);
	}
}

/** `npm ci` when node_modules is missing or was installed from another package-lock.json. */
export function ensureNodeModules() {
	const lockHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
	if (existsSync(LOCK_STAMP) && readFileSync(LOCK_STAMP, 'utf8') === lockHash) return;
	console.log('Installing npm packages (npm ci)…');
	// npm ci refuses a lock that does not match package.json, which npm install would hide.
	run('npm', ['ci', '--no-audit', '--no-fund']);
	writeFileSync(LOCK_STAMP, lockHash);
}

function hasCjkFont() {
	try {
		return /wqy|noto.*cjk/i.test(execFileSync('fc-list', { encoding: 'utf8' }));
	} catch {
		return false;
	}
}

/**
 * The browser tests drive Debian's Chromium (no browser download works here). As root on a
 * machine without it, install it with apt-get; otherwise use CHROMIUM_PATH or say what is missing.
 * @returns {string} the Chromium executable
 */
export function ensureChromium() {
	const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if ((!existsSync(path) || !hasCjkFont()) && isRoot && !process.env.CHROMIUM_PATH) {
		console.log('Installing Debian packages chromium and fonts-wqy-zenhei (apt-get)…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		run('apt-get', ['update', '-qq'], { env });
		run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-wqy-zenhei'], { env });
	}
	if (!existsSync(path)) {
		throw new Error(
			`Chromium was not found at ${path}. Install Debian's chromium package ` +
				'(apt-get install chromium fonts-wqy-zenhei) or set CHROMIUM_PATH to a Chromium binary.'
		);
	}
	if (!hasCjkFont()) {
		console.warn(
			'No CJK font found: Chinese text will render as boxes (apt-get install fonts-wqy-zenhei).'
		);
	}
	return path;
}
