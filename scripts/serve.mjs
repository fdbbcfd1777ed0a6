// Serves build/ on http://localhost:4173 (PORT to change it), loopback only.
import { existsSync } from 'node:fs';
import { startStaticServer } from './lib/static-server.mjs';

if (!existsSync('build/200.html')) {
	console.error('build/ is missing: run `npm run build` first (or `npm start`, which does both).');
	process.exit(1);
}
const port = Number(process.env.PORT ?? 4173);
const server = await startStaticServer({ root: 'build', port, host: '127.0.0.1' });
console.log(
	`Yanhu Guide is served from build/ at http://localhost:${server.port}  (Ctrl+C to stop)`
);
