import type { Confidence, PlaceKind, TransportMode } from '$lib/domain/content-model';
import { m } from '$lib/paraglide/messages';

/** Translated names of the content model's enumerations (one switch each: a new value fails type-checking). */

export function kindLabel(kind: PlaceKind): string {
	switch (kind) {
		case 'temple':
			return m.kind_temple();
		case 'museum':
			return m.kind_museum();
		case 'lake-site':
			return m.kind_lake_site();
		case 'viewpoint':
			return m.kind_viewpoint();
		case 'food':
			return m.kind_food();
		case 'town':
			return m.kind_town();
		case 'nature':
			return m.kind_nature();
		case 'transport':
			return m.kind_transport();
	}
}

export function modeLabel(mode: TransportMode): string {
	switch (mode) {
		case 'walk':
			return m.mode_walk();
		case 'taxi':
			return m.mode_taxi();
		case 'bus':
			return m.mode_bus();
		case 'car':
			return m.mode_car();
		case 'train':
			return m.mode_train();
	}
}

export function confidenceLabel(confidence: Confidence): string {
	switch (confidence) {
		case 'high':
			return m.confidence_high();
		case 'medium':
			return m.confidence_medium();
		case 'low':
			return m.confidence_low();
	}
}
