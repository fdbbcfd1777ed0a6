/**
 * Lakes and rivers from GSHHG 2.3.7 (Debian gmt-gshhg-full, LGPL-3+, WGS84), read with `gmt coast`.
 * GSHHG is generalised to ~1 km: context at z ≤ 11, never shoreline truth.
 * Needs `apt-get install gmt gmt-gshhg-full`; only the regeneration does, never the normal build.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { containsPoint, geometryBbox, rewindPolygon, roundCoord } from './geodesy.mjs';

/** Region dumped from GSHHG (west/east/south/north, degrees): the district box plus ~0.2° margin. */
export const WATER_REGION = '110.5/111.5/34.6/35.6';

/** The district box (west, south, east, north) that a lake must touch to be kept. */
const KEEP_BOX = [110.7, 34.78, 111.25, 35.4];

/** en.wikipedia's point for the Salt Lake (解池), WGS84; the GSHHG lake holding it gets the name. */
const SALT_LAKE_POINT = [110.987222, 34.977222];

/** WDBII river classes as `gmt coast -I` numbers them. */
const RIVER_CLASS = /** @type {Record<number, string>} */ ({
	1: 'river_bank',
	2: 'river',
	3: 'river',
	4: 'river',
	5: 'stream'
});

/**
 * Runs `gmt coast -M` and splits its multisegment output.
 * @param {string[]} args
 * @returns {{ level: number, coords: number[][] }[]}
 */
function dump(args) {
	// GMT writes a gmt.history file into its working directory: keep it out of the repo.
	const cwd = mkdtempSync(join(tmpdir(), 'gmt-'));
	let out;
	try {
		out = execFileSync('gmt', ['coast', `-R${WATER_REGION}`, '-Df', '-M', ...args], {
			cwd,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		});
	} finally {
		rmSync(cwd, { recursive: true, force: true });
	}
	/** @type {{ level: number, coords: number[][] }[]} */
	const segments = [];
	for (const line of out.split('\n')) {
		if (line.startsWith('>')) {
			const m = /Level (\d+)/.exec(line);
			segments.push({ level: m ? Number(m[1]) : 0, coords: [] });
		} else if (line.trim()) {
			const [lon, lat] = line.trim().split(/\s+/).map(Number);
			segments[segments.length - 1].coords.push(roundCoord([lon, lat]));
		}
	}
	return segments;
}

const key = (/** @type {number[]} */ c) => `${c[0]},${c[1]}`;

/**
 * Joins segments that share end points (GSHHG cuts every line at its 1° bin edges).
 * @param {number[][][]} parts
 * @returns {number[][][]}
 */
export function stitch(parts) {
	const pending = parts.map((p) => [...p]);
	/** @type {number[][][]} */
	const done = [];
	while (pending.length) {
		let line = /** @type {number[][]} */ (pending.shift());
		let grew = true;
		while (grew && key(line[0]) !== key(line[line.length - 1])) {
			grew = false;
			for (let i = 0; i < pending.length; i++) {
				const p = pending[i];
				if (key(p[0]) === key(line[line.length - 1])) line = [...line, ...p.slice(1)];
				else if (key(p[p.length - 1]) === key(line[0])) line = [...p, ...line.slice(1)];
				else if (key(p[p.length - 1]) === key(line[line.length - 1]))
					line = [...line, ...[...p].reverse().slice(1)];
				else if (key(p[0]) === key(line[0])) line = [...[...p].reverse(), ...line.slice(1)];
				else continue;
				pending.splice(i, 1);
				grew = true;
				break;
			}
		}
		done.push(line);
	}
	return done;
}

/** @param {number[]} a @param {number[]} b */
const boxesTouch = (a, b) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/**
 * Builds the lake polygons, river lines and the Salt Lake label point.
 * @returns {{ water: any, waterways: any, labels: any[] }}
 */
export function buildWater() {
	const shores = dump(['-W', '-A0/2/2']).filter((s) => s.level === 2 && s.coords.length > 1);
	const rings = stitch(shores.map((s) => s.coords)).filter(
		(r) => r.length > 3 && key(r[0]) === key(r[r.length - 1])
	);
	const lakes = rings
		.map((r) => ({ type: 'Polygon', coordinates: rewindPolygon([r]) }))
		.filter((g) => boxesTouch(geometryBbox(g), KEEP_BOX));
	const labels = [];
	const features = lakes.map((geometry) => {
		const isSaltLake = containsPoint(SALT_LAKE_POINT, geometry);
		const properties = isSaltLake
			? {
					kind: 'lake',
					name: '运城盐湖',
					'name:en': 'Yuncheng Salt Lake',
					'name:zh-Hant': '運城鹽湖'
				}
			: { kind: 'lake' };
		if (isSaltLake) {
			labels.push({
				type: 'Feature',
				properties: { ...properties, kind: 'lake_label' },
				geometry: { type: 'Point', coordinates: SALT_LAKE_POINT }
			});
		}
		return { type: 'Feature', properties, geometry };
	});
	features.sort((a, b) => geometryBbox(a.geometry)[0] - geometryBbox(b.geometry)[0]);

	/** @type {Map<number, number[][][]>} */
	const byLevel = new Map();
	for (const s of dump(['-Ia'])) {
		if (s.coords.length < 2) continue;
		byLevel.set(s.level, [...(byLevel.get(s.level) ?? []), s.coords]);
	}
	const waterways = [...byLevel.entries()]
		.sort((a, b) => a[0] - b[0])
		.map(([level, lines]) => ({
			type: 'Feature',
			properties: { kind: RIVER_CLASS[level] ?? 'canal', class: level },
			geometry: { type: 'MultiLineString', coordinates: stitch(lines) }
		}));
	return {
		water: { type: 'FeatureCollection', features },
		waterways: { type: 'FeatureCollection', features: waterways },
		labels
	};
}
