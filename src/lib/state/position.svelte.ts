/**
 * The user's position from navigator.geolocation (WGS84, what browsers return), as runes state.
 * The map and the list read `fix` and `status`; nothing here touches the map or the database.
 */

export type PositionStatus =
	| 'idle' // not asked yet, or stopped
	| 'locating' // watching, no fix yet
	| 'tracking' // watching, `fix` is current
	| 'denied' // the user or the browser refused; the watch is stopped
	| 'unavailable' // no fix could be had (indoors, no GPS); still watching
	| 'timeout' // no fix within the time limit; still watching
	| 'unsupported'; // no geolocation API (or an insecure context)

export type PositionFix = {
	lon: number;
	lat: number;
	/** Radius of 95 % confidence, metres. */
	accuracyM: number;
	/** Direction of travel, degrees clockwise from true north; null when still or unknown. */
	headingDeg: number | null;
	/** Metres per second, or null when unknown. */
	speedMps: number | null;
	/** Milliseconds since the epoch. */
	timestamp: number;
};

/** enableHighAccuracy for GPS on phones; a fix up to 10 s old is fine for a walking guide. */
const WATCH_OPTIONS: PositionOptions = {
	enableHighAccuracy: true,
	maximumAge: 10_000,
	timeout: 20_000
};

const finiteOrNull = (v: number | null | undefined) =>
	typeof v === 'number' && Number.isFinite(v) ? v : null;

export class PositionState {
	#status = $state<PositionStatus>('idle');
	#fix = $state<PositionFix | null>(null);
	#watchId: number | null = null;
	#geolocation: () => Geolocation | undefined;

	/** @param geolocation where to find the API; tests pass a fake. */
	constructor(
		geolocation: () => Geolocation | undefined = () =>
			typeof navigator === 'undefined' ? undefined : navigator.geolocation
	) {
		this.#geolocation = geolocation;
	}

	get status(): PositionStatus {
		return this.#status;
	}

	/** The last fix; kept through `unavailable`/`timeout` so the map can show where we were. */
	get fix(): PositionFix | null {
		return this.#fix;
	}

	get watching(): boolean {
		return this.#watchId !== null;
	}

	/** Starts watching; safe to call again while watching. */
	start(): void {
		if (this.#watchId !== null) return;
		const geo = this.#geolocation();
		if (!geo) {
			this.#status = 'unsupported';
			return;
		}
		this.#status = 'locating';
		this.#watchId = geo.watchPosition(
			(p) => this.#onFix(p),
			(e) => this.#onError(e),
			WATCH_OPTIONS
		);
	}

	/** Stops watching and keeps the last fix. */
	stop(): void {
		if (this.#watchId !== null) this.#geolocation()?.clearWatch(this.#watchId);
		this.#watchId = null;
		if (this.#status === 'locating' || this.#status === 'tracking') this.#status = 'idle';
	}

	/** Back to the first state (tests). */
	reset(): void {
		this.stop();
		this.#status = 'idle';
		this.#fix = null;
	}

	#onFix(p: GeolocationPosition): void {
		const c = p.coords;
		this.#fix = {
			lon: c.longitude,
			lat: c.latitude,
			accuracyM: c.accuracy,
			headingDeg: finiteOrNull(c.heading),
			speedMps: finiteOrNull(c.speed),
			timestamp: p.timestamp
		};
		this.#status = 'tracking';
	}

	#onError(e: GeolocationPositionError): void {
		// Codes from the Geolocation API: 1 PERMISSION_DENIED, 2 POSITION_UNAVAILABLE, 3 TIMEOUT.
		if (e.code === 1) {
			this.stop();
			this.#status = 'denied';
		} else if (e.code === 3) {
			this.#status = 'timeout';
		} else {
			this.#status = 'unavailable';
		}
	}
}

/** The app's one position watcher. */
export const position = new PositionState();
