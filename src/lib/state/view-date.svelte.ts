import { isLocalDate, todayLocal } from '$lib/domain/local-date';
import { tripDate } from './trip-date.svelte';

export type ViewDateSource = 'link' | 'trip' | 'today';

/**
 * The day the pages plan for: `?date=YYYY-MM-DD` in the URL (agencies plan ahead and share such
 * links), else the visitor's saved trip date when it is still ahead, else today.
 * The URL is read in the browser only: prerendered pages cannot know the query.
 */
export class ViewDateState {
	#fromLink = $state<string | null>(null);
	#today = $state(todayLocal());

	get date(): string {
		return this.#fromLink ?? this.#tripAhead() ?? this.#today;
	}
	get source(): ViewDateSource {
		if (this.#fromLink) return 'link';
		return this.#tripAhead() ? 'trip' : 'today';
	}
	get today(): string {
		return this.#today;
	}

	#tripAhead(): string | null {
		const trip = tripDate.value;
		return trip && trip >= this.#today ? trip : null;
	}

	/** Takes the date from a URL; a malformed ?date= is ignored (the page shows today instead). */
	syncFromUrl(url: URL): void {
		const param = url.searchParams.get('date');
		this.#fromLink = param && isLocalDate(param) ? param : null;
		this.#today = todayLocal();
	}

	reset(): void {
		this.#fromLink = null;
		this.#today = todayLocal();
	}
}

export const viewDate = new ViewDateState();
