import { describe, expect, it } from 'vitest';
import { contentBundle } from '$lib/content/index';
import type { ContentBundle } from '$lib/domain/content-model';
import { validateContentBundle } from '$lib/domain/content-schema';

/** A deep copy of the real bundle that a test may break. */
const copy = (): ContentBundle => structuredClone(contentBundle);
const place = (bundle: ContentBundle, id: string) => {
	const found = bundle.places.find((p) => p.id === id);
	if (!found) throw new Error(`no place ${id}`);
	return found as unknown as Record<string, unknown> & { location: Record<string, unknown> };
};

function errorsOf(bundle: unknown): string[] {
	const result = validateContentBundle(bundle);
	if (result.ok) throw new Error('expected the bundle to be rejected');
	return result.errors;
}

describe('validateContentBundle', () => {
	it('accepts the real dataset', () => {
		const result = validateContentBundle(contentBundle);
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it('rejects a record with no source', () => {
		const bundle = copy();
		place(bundle, 'chishen-temple').sources = [];
		expect(errorsOf(bundle)).toEqual(['places[chishen-temple].sources: needs at least one source']);
	});

	it('rejects a source without url or verified date', () => {
		const bundle = copy();
		const rule = bundle.seasonalRules[0] as unknown as { id: string; sources: unknown[] };
		rule.sources = [{ url: 'ftp://x', verified: 'last year' }];
		const errors = errorsOf(bundle);
		expect(errors).toHaveLength(2);
		expect(errors[0]).toMatch(new RegExp(`^seasonalRules\\[${rule.id}\\]\\.sources\\[0\\]\\.url`));
		expect(errors[1]).toMatch(/sources\[0\]\.verified/);
	});

	it('rejects a missing zh-CN or en text', () => {
		const bundle = copy();
		const name = place(bundle, 'yuncheng-salt-lake').name as Record<string, string>;
		delete name['zh-CN'];
		const dish = bundle.dishes[0] as unknown as { id: string; summary: Record<string, string> };
		dish.summary.en = '  ';
		const errors = errorsOf(bundle);
		expect(errors).toContain('places[yuncheng-salt-lake].name.zh-CN: is missing');
		expect(errors).toContain(`dishes[${dish.id}].summary.en: en text is empty`);
	});

	it('rejects a coordinate outside the district box unless it is flagged', () => {
		const bundle = copy();
		place(bundle, 'yuncheng-airport').location.lat = 35.6;
		expect(errorsOf(bundle)).toEqual([
			expect.stringMatching(
				/^places\[yuncheng-airport\]\.location: coordinate is outside the district box/
			)
		]);
		place(bundle, 'yuncheng-airport').location.outsideDistrict = true;
		expect(validateContentBundle(bundle).ok).toBe(true);
	});

	it('rejects a location without precision', () => {
		const bundle = copy();
		delete place(bundle, 'fanzhou-pagoda').location.precisionM;
		expect(errorsOf(bundle)).toEqual(['places[fanzhou-pagoda].location.precisionM: is missing']);
		place(bundle, 'fanzhou-pagoda').location.precisionM = 0;
		expect(errorsOf(bundle)[0]).toMatch(/precisionM must be ≥ 1 m/);
	});

	it('rejects malformed hours', () => {
		const bundle = copy();
		place(bundle, 'xiezhou-guandi-temple').hours = {
			status: 'scheduled',
			source: { url: 'https://example.org', verified: '2026-11' },
			periods: [
				{ dates: { from: '02-30', to: '10-31' }, intervals: [{ open: '18:00', close: '08:00' }] }
			]
		};
		const errors = errorsOf(bundle);
		expect(errors).toContain(
			'places[xiezhou-guandi-temple].hours.periods[0].dates.from: must be a real day as MM-DD'
		);
		expect(errors).toContain(
			'places[xiezhou-guandi-temple].hours.periods[0].intervals[0]: open must be before close'
		);
	});

	it('rejects a misspelt field and an unknown kind', () => {
		const bundle = copy();
		const p = place(bundle, 'xiezhou-town');
		p.kind = 'castle';
		p.adress = 'typo';
		const errors = errorsOf(bundle);
		expect(errors).toContainEqual(expect.stringMatching(/^places\[xiezhou-town\]\.kind: /));
		expect(errors).toContain('places[xiezhou-town].adress: unknown field');
	});

	it('rejects bad seasonal rules (lunar day, confidence, MM-DD)', () => {
		const bundle = copy();
		const rule = bundle.seasonalRules.find(
			(r) => r.id === 'xiezhou-temple-fair'
		) as unknown as Record<string, unknown>;
		rule.when = [
			{ type: 'lunar', month: 4, day: 31 },
			{ type: 'gregorian', from: '6-01', to: '08-31' }
		];
		rule.confidence = 'certain';
		const errors = errorsOf(bundle);
		expect(errors).toContainEqual(
			expect.stringMatching(/^seasonalRules\[xiezhou-temple-fair\]\.when\[0\]\.day: /)
		);
		expect(errors).toContainEqual(
			expect.stringMatching(/^seasonalRules\[xiezhou-temple-fair\]\.when\[1\]\.from: /)
		);
		expect(errors).toContainEqual(
			expect.stringMatching(/^seasonalRules\[xiezhou-temple-fair\]\.confidence: /)
		);
	});

	it('rejects broken references and duplicate ids', () => {
		const bundle = copy();
		place(bundle, 'xiezhou-guandi-temple-wumen').parentId = 'no-such-temple';
		const first = bundle.itineraries[0];
		if (!first?.days[0]?.stops[0]) throw new Error('fixture');
		first.days[0].stops[0].placeId = 'nowhere';
		const dish = bundle.dishes.find((d) => d.id === 'xiezhou-mutton-paomo');
		dish?.placeIds.push('xiezhou-guandi-temple');
		bundle.seasonalRules[0]?.suggests.itineraryIds.push('no-such-trip');
		bundle.places.push(structuredClone(bundle.places[0]!));
		const errors = errorsOf(bundle);
		expect(errors).toEqual(
			expect.arrayContaining([
				'places[xiezhou-guandi-temple].id: duplicate id',
				'places[xiezhou-guandi-temple-wumen].parentId: unknown place "no-such-temple"',
				`itineraries[${first.id}].days[0].stops[0].placeId: unknown place "nowhere"`,
				'dishes[xiezhou-mutton-paomo].placeIds[2]: "xiezhou-guandi-temple" is not a food place',
				expect.stringMatching(
					/^seasonalRules\[salt-lake-colours\]\.suggests\.itineraryIds\[\d\]: unknown itinerary "no-such-trip"$/
				)
			])
		);
	});

	it('rejects something that is not a bundle at all', () => {
		expect(errorsOf(null)[0]).toMatch(/^bundle: /);
		expect(errorsOf({ ...contentBundle, places: 'x' })[0]).toMatch(/^places: /);
	});
});
