import type { Compass8 } from '$lib/domain/geo';
import { m } from '$lib/paraglide/messages';

/** "850 m" below a kilometre (rounded to 10 m), "3.4 km" above (to 100 m): a walking guide's precision. */
export function formatDistance(metres: number): string {
	if (metres < 1000)
		return m.distance_m({ metres: String(Math.max(10, Math.round(metres / 10) * 10)) });
	return m.distance_km({ km: (Math.round(metres / 100) / 10).toFixed(1) });
}

export function compassLabel(direction: Compass8): string {
	switch (direction) {
		case 'N':
			return m.compass_N();
		case 'NE':
			return m.compass_NE();
		case 'E':
			return m.compass_E();
		case 'SE':
			return m.compass_SE();
		case 'S':
			return m.compass_S();
		case 'SW':
			return m.compass_SW();
		case 'W':
			return m.compass_W();
		case 'NW':
			return m.compass_NW();
	}
}
