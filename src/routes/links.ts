import { localizeHref } from '$lib/i18n/locale';
import { viewDate } from '$lib/state/view-date.svelte';

// Internal links keep the planned day when it came from a link (?date=), so a shared plan stays
// on its date as the visitor moves around.
function withDate(path: string): string {
	const href = localizeHref(path);
	return viewDate.source === 'link' ? `${href}?date=${viewDate.date}` : href;
}

export const placeHref = (id: string) => withDate(`/places/${id}`);
export const itineraryHref = (id: string) => withDate(`/itineraries/${id}`);
