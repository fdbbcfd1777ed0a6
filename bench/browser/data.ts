// The data figures, run on the app's real modules in real Chromium against real IndexedDB.
// Features are probed at run time: a module that does not exist yet (or lacks the export the
// bench calls) gives { na: reason } instead of a figure. The calls each probe expects are
// listed in bench/README.md ("Contracts").
/* eslint-disable @typescript-eslint/no-explicit-any -- modules are probed, not typed */

type Probe = { na: string } | { samples: Record<string, number[]>; info?: Record<string, unknown> };

// Lazy: each candidate is its own chunk, loaded only when its figure is measured.
const MODULES = import.meta.glob([
	'$lib/data/db.ts',
	'$lib/data/seed.ts',
	'$lib/content/index.ts',
	'$lib/data/repositories/seasons.ts',
	'$lib/domain/seasons.ts',
	'$lib/domain/search.ts',
	'$lib/data/repositories/favourites.ts',
	'$lib/data/backup.ts',
	'$lib/domain/share-codec.ts'
]);

/** Thrown for "not built yet": reported as n/a, not as a failure. */
class Missing extends Error {}

async function load(path: string, ...names: string[]): Promise<any> {
	const key = Object.keys(MODULES).find((k) => k.endsWith(path.replace('$lib', '')));
	if (!key) throw new Missing(`no ${path.replace('$lib', 'src/lib')} yet`);
	const module: any = await MODULES[key]!();
	for (const name of names) {
		if (!(name in module)) throw new Missing(`${path.replace('$lib/', '')} has no export ${name}`);
	}
	return module;
}

const now = () => performance.now();

async function freshDb(tag: string) {
	const { YanhuDB } = await load('$lib/data/db.ts', 'YanhuDB');
	const db = new YanhuDB(`yanhu-bench-${tag}-${Math.random().toString(36).slice(2)}`);
	await db.open();
	return db;
}

async function seededDb(tag: string) {
	const { seedContent } = await load('$lib/data/seed.ts', 'seedContent');
	const { contentBundle } = await load('$lib/content/index.ts', 'contentBundle');
	const db = await freshDb(tag);
	await seedContent(db, contentBundle);
	return { db, bundle: contentBundle };
}

/** A deterministic pseudo-random sequence, so every run and machine uses the same data. */
function random(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

/** `count` synthetic places in the district box, cloned from real ones with new names. */
function syntheticPlaces(real: any[], count: number) {
	const rand = random(42);
	const syllables = [
		'盐',
		'湖',
		'关',
		'帝',
		'解',
		'州',
		'运',
		'城',
		'北',
		'相',
		'池',
		'神',
		'庙',
		'街',
		'园'
	];
	const latin = ['yan', 'hu', 'guan', 'di', 'xie', 'zhou', 'yun', 'cheng', 'bei', 'xiang', 'chi'];
	const withLocation = real.filter((p) => p.location);
	return Array.from({ length: count }, (_, i) => {
		const base = withLocation[i % withLocation.length] ?? real[0];
		const zh = Array.from(
			{ length: 3 },
			() => syllables[Math.floor(rand() * syllables.length)]
		).join('');
		const en = Array.from({ length: 2 }, () => latin[Math.floor(rand() * latin.length)]).join(' ');
		return {
			...base,
			id: `synthetic-${i}`,
			parentId: undefined,
			name: { 'zh-CN': `${zh}${i}`, en: `${en} ${i}` },
			pinyin: en,
			aliases: [],
			location: base.location && {
				...base.location,
				lon: 110.85 + rand() * 0.4,
				lat: 34.85 + rand() * 0.25
			}
		};
	});
}

const QUERIES = [
	'关帝庙',
	'盐湖',
	'guandi',
	'salt lake',
	'解州',
	'xiezhou',
	'羊肉泡馍',
	'museum',
	'池神',
	'yan hu',
	'beixiang',
	'运城'
];

const FIGURES: Record<string, (runs: number) => Promise<Probe>> = {
	async seed(runs) {
		const { seedContent } = await load('$lib/data/seed.ts', 'seedContent');
		const { contentBundle } = await load('$lib/content/index.ts', 'contentBundle');
		const ms: number[] = [];
		for (let i = 0; i < runs; i++) {
			const db = await freshDb('seed');
			const t = now();
			await seedContent(db, contentBundle);
			ms.push(now() - t);
			db.close();
			await db.delete();
		}
		return {
			samples: { ms },
			info: { places: contentBundle.places.length, rules: contentBundle.seasonalRules.length }
		};
	},

	async suggestions(runs) {
		// The repository: read the rules from IndexedDB and rank them (what a page calls).
		const repo = await load('$lib/data/repositories/seasons.ts', 'suggestionsFor');
		const domain = await load('$lib/domain/seasons.ts', 'suggestionsFor');
		const { db, bundle } = await seededDb('seasons');
		const dates = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}-15`);
		await repo.suggestionsFor(dates[0], db); // warm: first call opens the store
		const withDb: number[] = [];
		const pure: number[] = [];
		for (let i = 0; i < runs; i++) {
			let t = now();
			for (const date of dates) await repo.suggestionsFor(date, db);
			withDb.push((now() - t) / dates.length);
			t = now();
			for (const date of dates) domain.suggestionsFor(bundle.seasonalRules, date);
			pure.push((now() - t) / dates.length);
		}
		db.close();
		await db.delete();
		return { samples: { withDb, pure } };
	},

	async search(runs) {
		const search = await load('$lib/domain/search.ts', 'buildSearchIndex', 'search');
		const { contentBundle } = await load('$lib/content/index.ts', 'contentBundle');
		const places = [...contentBundle.places, ...syntheticPlaces(contentBundle.places, 10_000)];
		const build: number[] = [];
		const query: number[] = [];
		for (let i = 0; i < runs; i++) {
			let t = now();
			const index = search.buildSearchIndex(places);
			build.push(now() - t);
			for (const q of QUERIES) {
				t = now();
				search.search(index, q);
				query.push(now() - t);
			}
		}
		return { samples: { build, query }, info: { places: places.length, queries: QUERIES.length } };
	},

	async favourites(runs) {
		const repo = await load('$lib/data/repositories/favourites.ts', 'favouritesByDistance');
		const { db, bundle } = await seededDb('favourites');
		const extra = syntheticPlaces(bundle.places, 1000);
		await db.places.bulkPut(extra);
		const stamp = Date.UTC(2026, 0, 1);
		await db.favourites.bulkPut(
			extra.map((p, i) => ({
				id: `fav-${i}`,
				placeId: p.id,
				status: i % 3 === 0 ? 'visited' : 'want',
				note: `note ${i}`,
				createdAt: stamp + i,
				updatedAt: stamp + i
			}))
		);
		const from = { lon: 110.99, lat: 35.02 };
		const ms: number[] = [];
		for (let i = 0; i < runs; i++) {
			const t = now();
			await repo.favouritesByDistance(from, db);
			ms.push(now() - t);
		}
		db.close();
		await db.delete();
		return { samples: { ms } };
	},

	async backup(runs) {
		const backup = await load('$lib/data/backup.ts', 'exportBackup', 'importBackup');
		const { db, bundle } = await seededDb('backup');
		const ids = bundle.places.map((p: any) => p.id);
		const stamp = Date.UTC(2026, 0, 1);
		await db.favourites.bulkPut(
			Array.from({ length: 1000 }, (_, i) => ({
				id: `fav-${i}`,
				placeId: ids[i % ids.length],
				status: 'want',
				note: `note ${i}`,
				createdAt: stamp + i,
				updatedAt: stamp + i
			}))
		);
		await db.routes.bulkPut(
			Array.from({ length: 50 }, (_, i) => ({
				id: `route-${i}`,
				origin: 'own',
				title: `Route ${i}`,
				days: [{ stops: ids.slice(0, 8).map((placeId: string) => ({ placeId })) }],
				createdAt: stamp + i,
				updatedAt: stamp + i
			}))
		);
		const exportMs: number[] = [];
		const restoreMs: number[] = [];
		for (let i = 0; i < runs; i++) {
			let t = now();
			const data = await backup.exportBackup(db);
			exportMs.push(now() - t);
			const target = await seededDb('restore');
			t = now();
			await backup.importBackup(target.db, data);
			restoreMs.push(now() - t);
			target.db.close();
			await target.db.delete();
		}
		db.close();
		await db.delete();
		return { samples: { exportMs, restoreMs } };
	},

	async share() {
		const codec = await load('$lib/domain/share-codec.ts', 'encodeRoute');
		const { contentBundle } = await load('$lib/content/index.ts', 'contentBundle');
		const ids: string[] = contentBundle.places.map((p: any) => p.id);
		const lengths: Record<string, number[]> = {};
		for (const stops of [3, 10, 30]) {
			const route = {
				id: `reference-${stops}`,
				origin: 'own',
				title: `Reference route, ${stops} stops`,
				days: [
					{ stops: Array.from({ length: stops }, (_, i) => ({ placeId: ids[i % ids.length] })) }
				],
				createdAt: Date.UTC(2026, 0, 1),
				updatedAt: Date.UTC(2026, 0, 1)
			};
			const code: string = await codec.encodeRoute(route);
			lengths[`stops${stops}`] = [`${location.origin}/share#r=${code}`.length];
		}
		return { samples: lengths };
	}
};

declare global {
	interface Window {
		__bench: { run: (name: string, runs: number) => Promise<Probe> };
	}
}

window.__bench = {
	async run(name, runs) {
		try {
			const figure = FIGURES[name];
			if (!figure) return { na: `unknown figure ${name}` };
			return await figure(runs);
		} catch (error) {
			if (error instanceof Missing) return { na: error.message };
			return { na: `failed: ${error instanceof Error ? error.message : String(error)}` };
		}
	}
};
