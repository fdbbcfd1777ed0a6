import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layers of ../shared/DESIGN.md, enforced: imports point down only
 * (routes → state → data → domain; map/ and ui/ are leaves).
 * @param {string[]} layers folders under src/lib this layer may not import
 * @param {string[]} packages packages this layer may not import
 */
function forbid(layers, packages = []) {
	return {
		'no-restricted-imports': [
			'error',
			{
				paths: packages.map((name) => ({ name, message: 'Not in this layer (DESIGN.md).' })),
				patterns: [
					...(layers.length === 0
						? []
						: [
								{
									group: layers.flatMap((layer) => [
										`$lib/${layer}`,
										`$lib/${layer}/**`,
										`**/lib/${layer}/**`,
										`../${layer}/**`,
										`../../${layer}/**`
									]),
									message: 'Imports point down only (DESIGN.md layers).'
								}
							]),
					...packages.map((name) => ({
						group: [`${name}/**`],
						message: 'Not in this layer (DESIGN.md).'
					}))
				]
			}
		]
	};
}

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'src/lib/paraglide/',
			'node_modules/',
			'test-results/',
			'reports/',
			'playwright-report/',
			'bench/lighthouse/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/**/*.d.ts', 'src/service-worker.ts'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'] }
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	},
	{
		// Kit's generated tsconfig leaves the worker out; it has its own (WebWorker lib).
		files: ['src/service-worker.ts'],
		languageOptions: { parserOptions: { project: './tsconfig.sw.json' } },
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// Internal links are localized with localizeHref(); the rule cannot see through it.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['src/lib/domain/**'],
		rules: forbid(
			['data', 'state', 'ui', 'map', 'pwa', 'i18n', 'content', 'paraglide'],
			['svelte', 'dexie', 'maplibre-gl', 'pmtiles', 'workbox-window']
		)
	},
	{
		files: ['src/lib/content/**'],
		rules: forbid(['data', 'state', 'ui', 'map', 'pwa', 'i18n'], ['svelte', 'dexie', 'maplibre-gl'])
	},
	{
		files: ['src/lib/data/**'],
		rules: forbid(['state', 'ui', 'map', 'pwa', 'i18n'], ['svelte', 'maplibre-gl', 'pmtiles'])
	},
	{
		files: ['src/lib/state/**'],
		rules: forbid(['ui', 'map'], ['maplibre-gl', 'pmtiles'])
	},
	{
		files: ['src/lib/ui/**'],
		rules: forbid(
			['data', 'state', 'map', 'pwa', 'content'],
			['dexie', 'maplibre-gl', 'pmtiles', 'workbox-window']
		)
	},
	{
		files: ['src/lib/map/**'],
		rules: forbid(['data', 'state', 'ui', 'pwa', 'content', 'i18n'], ['dexie', 'workbox-window'])
	},
	{
		files: ['src/lib/pwa/**'],
		ignores: ['src/lib/pwa/sw/**'],
		rules: forbid(['data', 'state', 'ui', 'map', 'content'], ['dexie', 'maplibre-gl'])
	},
	{
		files: ['src/routes/**'],
		rules: forbid([], ['dexie', 'maplibre-gl', 'pmtiles', 'workbox-window'])
	}
);
