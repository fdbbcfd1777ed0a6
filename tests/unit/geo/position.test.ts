import { afterEach, describe, expect, it } from 'vitest';
import { PositionState } from '$lib/state/position.svelte';

/** A controllable navigator.geolocation. */
function fakeGeolocation() {
	let success: PositionCallback | null = null;
	let failure: PositionErrorCallback | null | undefined = null;
	const cleared: number[] = [];
	const geo = {
		watchPosition(ok: PositionCallback, err?: PositionErrorCallback | null) {
			success = ok;
			failure = err;
			return 7;
		},
		clearWatch(id: number) {
			cleared.push(id);
		},
		getCurrentPosition() {}
	} as unknown as Geolocation;
	return {
		geo,
		cleared,
		fix(lon: number, lat: number, accuracy: number, heading: number | null = null) {
			success?.({
				coords: {
					longitude: lon,
					latitude: lat,
					accuracy,
					heading,
					speed: heading === null ? null : 1.2,
					altitude: null,
					altitudeAccuracy: null
				},
				timestamp: 1_700_000_000_000
			} as GeolocationPosition);
		},
		fail(code: 1 | 2 | 3) {
			failure?.({ code, message: 'x' } as GeolocationPositionError);
		}
	};
}

let state: PositionState;
afterEach(() => state?.reset());

describe('PositionState', () => {
	it('goes locating → tracking with the fix in WGS84 metres and degrees', () => {
		const fake = fakeGeolocation();
		state = new PositionState(() => fake.geo);
		expect(state.status).toBe('idle');
		state.start();
		expect(state.status).toBe('locating');
		fake.fix(110.84, 34.91, 12, 270);
		expect(state.status).toBe('tracking');
		expect(state.fix).toMatchObject({ lon: 110.84, lat: 34.91, accuracyM: 12, headingDeg: 270 });
	});

	it('treats NaN heading (standing still) as unknown', () => {
		const fake = fakeGeolocation();
		state = new PositionState(() => fake.geo);
		state.start();
		fake.fix(110.84, 34.91, 12, Number.NaN);
		expect(state.fix?.headingDeg).toBeNull();
	});

	it('stops watching when permission is denied', () => {
		const fake = fakeGeolocation();
		state = new PositionState(() => fake.geo);
		state.start();
		fake.fail(1);
		expect(state.status).toBe('denied');
		expect(state.watching).toBe(false);
		expect(fake.cleared).toEqual([7]);
	});

	it('keeps the last fix through unavailable and timeout, and recovers', () => {
		const fake = fakeGeolocation();
		state = new PositionState(() => fake.geo);
		state.start();
		fake.fix(110.84, 34.91, 12);
		fake.fail(2);
		expect(state.status).toBe('unavailable');
		expect(state.fix?.lon).toBe(110.84);
		fake.fail(3);
		expect(state.status).toBe('timeout');
		expect(state.watching).toBe(true);
		fake.fix(110.85, 34.92, 8);
		expect(state.status).toBe('tracking');
	});

	it('reports unsupported without an API, and reset() returns to idle', () => {
		state = new PositionState(() => undefined);
		state.start();
		expect(state.status).toBe('unsupported');
		state.reset();
		expect(state.status).toBe('idle');
		expect(state.fix).toBeNull();
	});
});
