import type { Itinerary, ItinerarySummary, Place, PlaceSummary } from './content-model';

/**
 * The short forms lists show. Pages pass these, not whole records, so what a page carries (and
 * what its prerendered snapshot weighs) is what it displays.
 */

export function summarizePlace(place: Place): PlaceSummary {
	const summary: PlaceSummary = {
		id: place.id,
		kind: place.kind,
		name: place.name,
		summary: place.summary,
		location: place.location
	};
	if (place.pillar) summary.pillar = place.pillar;
	return summary;
}

export function summarizeItinerary(itinerary: Itinerary): ItinerarySummary {
	return {
		id: itinerary.id,
		pillar: itinerary.pillar,
		title: itinerary.title,
		summary: itinerary.summary,
		bestMonths: itinerary.bestMonths,
		dayCount: itinerary.days.length,
		stopCount: itinerary.days.reduce((sum, day) => sum + day.stops.length, 0)
	};
}
