// How every Chromium we launch (browser tests, benchmark, icon build) is started.

/** The flags STACK.md verified for headless Debian Chromium: WebGL through SwiftShader, and no
 * background connections (this machine's closed network refuses them, many at a time). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--enable-unsafe-swiftshader',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

/** Debian's Chromium unless CHROMIUM_PATH names another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
