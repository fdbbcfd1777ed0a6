import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vite';
import { contentCheck } from './scripts/vite/content-check';
import { LOCALE_STRATEGY } from './src/lib/i18n/strategy';

export default defineConfig({
	plugins: [
		contentCheck(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: [...LOCALE_STRATEGY]
		}),
		sveltekit(),
		SvelteKitPWA({
			// Kit builds src/service-worker.ts; the plugin only injects the precache manifest.
			strategies: 'injectManifest',
			srcDir: 'src',
			filename: 'service-worker.ts',
			// The web manifest is a static file (static/manifest.webmanifest) linked from app.html.
			manifest: false,
			injectRegister: false,
			kit: { adapterFallback: '200.html', spa: true, trailingSlash: 'never' },
			injectManifest: {
				globPatterns: [
					'client/**/*.{js,mjs,css,ico,png,svg,webp,webmanifest,woff2,pmtiles,json}',
					'prerendered/**/*.{html,json}'
				],
				// The map pack and fonts are larger than Workbox's 2 MiB default.
				maximumFileSizeToCacheInBytes: 8 * 1024 * 1024
			}
		})
	]
});
