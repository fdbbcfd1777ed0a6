/**
 * How each place kind looks: a maki icon (CC0) on a coloured disc. Unknown kinds fall back to a
 * generic marker, so new content kinds never break the map.
 */
import type { MakiIcon } from './maki-icons';

export type KindStyle = { icon: MakiIcon; color: string };

/** Disc colours per group; white icons on them keep ≥ 4.5:1 contrast. */
const HERITAGE = '#9b2c2c';
const NATURE = '#1d6a85';
const FOOD = '#b4441a';
const TRANSPORT = '#4a5568';
const STAY = '#6b46c1';
const OTHER = '#2d3748';

const KINDS: Record<string, KindStyle> = {
	temple: { icon: 'place-of-worship', color: HERITAGE },
	shrine: { icon: 'place-of-worship', color: HERITAGE },
	pagoda: { icon: 'religious-buddhist', color: HERITAGE },
	monastery: { icon: 'religious-buddhist', color: HERITAGE },
	mausoleum: { icon: 'monument', color: HERITAGE },
	monument: { icon: 'monument', color: HERITAGE },
	statue: { icon: 'monument', color: HERITAGE },
	historic: { icon: 'historic', color: HERITAGE },
	heritage: { icon: 'historic', color: HERITAGE },
	wall: { icon: 'castle', color: HERITAGE },
	gate: { icon: 'castle', color: HERITAGE },
	'old-town': { icon: 'landmark', color: HERITAGE },
	museum: { icon: 'museum', color: HERITAGE },
	lake: { icon: 'water', color: NATURE },
	'salt-lake': { icon: 'water', color: NATURE },
	water: { icon: 'water', color: NATURE },
	spa: { icon: 'hot-spring', color: NATURE },
	'hot-spring': { icon: 'hot-spring', color: NATURE },
	park: { icon: 'park', color: NATURE },
	garden: { icon: 'garden', color: NATURE },
	nature: { icon: 'natural', color: NATURE },
	mountain: { icon: 'mountain', color: NATURE },
	viewpoint: { icon: 'viewpoint', color: NATURE },
	scenic: { icon: 'attraction', color: NATURE },
	attraction: { icon: 'attraction', color: NATURE },
	food: { icon: 'restaurant', color: FOOD },
	restaurant: { icon: 'restaurant', color: FOOD },
	snack: { icon: 'fast-food', color: FOOD },
	'street-food': { icon: 'fast-food', color: FOOD },
	cafe: { icon: 'cafe', color: FOOD },
	market: { icon: 'shop', color: FOOD },
	shop: { icon: 'shop', color: FOOD },
	station: { icon: 'rail', color: TRANSPORT },
	rail: { icon: 'rail', color: TRANSPORT },
	airport: { icon: 'airport', color: TRANSPORT },
	bus: { icon: 'bus', color: TRANSPORT },
	town: { icon: 'town', color: OTHER },
	city: { icon: 'town', color: OTHER },
	village: { icon: 'village', color: OTHER },
	hotel: { icon: 'lodging', color: STAY },
	lodging: { icon: 'lodging', color: STAY }
};

const FALLBACK: KindStyle = { icon: 'marker', color: OTHER };

export function kindStyle(kind: string): KindStyle {
	return (Object.hasOwn(KINDS, kind) && KINDS[kind]) || FALLBACK;
}

/** Every icon the overlays may ask for (kinds, the fallback, the favourite star). */
export function usedIcons(): MakiIcon[] {
	const set = new Set<MakiIcon>([FALLBACK.icon, 'star']);
	for (const k of Object.values(KINDS)) set.add(k.icon);
	return [...set].sort();
}
