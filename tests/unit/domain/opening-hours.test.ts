import { describe, expect, it } from 'vitest';
import { contentBundle } from '$lib/content/index';
import type { OpeningHours } from '$lib/domain/content-model';
import { isOpenAt, periodOn } from '$lib/domain/opening-hours';

const hoursOf = (id: string): OpeningHours => {
	const place = contentBundle.places.find((p) => p.id === id);
	if (!place) throw new Error(`no place ${id}`);
	return place.hours;
};

describe('opening hours', () => {
	const guandi = hoursOf('xiezhou-guandi-temple');

	it('picks the Guandi Temple seasonal period (Apr–Oct vs Nov–Mar)', () => {
		const summer = periodOn(guandi, '2025-07-01');
		const winter = periodOn(guandi, '2025-01-10');
		expect(summer.status === 'known' && summer.period.intervals).toEqual([
			{ open: '08:00', close: '18:00' }
		]);
		expect(winter.status === 'known' && winter.period.intervals).toEqual([
			{ open: '09:00', close: '17:00' }
		]);
		expect(periodOn(guandi, '2025-03-31').status).toBe('known');
		expect(periodOn(guandi, '2025-04-01')).toMatchObject({ period: { dates: { from: '04-01' } } });
	});

	it('answers open/closed at a local time', () => {
		expect(isOpenAt(guandi, '2025-07-01T08:30')).toMatchObject({
			status: 'open',
			closesAt: '18:00'
		});
		expect(isOpenAt(guandi, '2025-07-01T18:00')).toMatchObject({ status: 'closed' });
		expect(isOpenAt(guandi, '2025-12-01T08:30')).toMatchObject({
			status: 'closed',
			opensAt: '09:00'
		});
		expect(isOpenAt(guandi, { date: '2025-12-01', minutes: 9 * 60 })).toMatchObject({
			status: 'open',
			closesAt: '17:00'
		});
	});

	it('says unknown when the sources give no hours', () => {
		expect(isOpenAt(hoursOf('chishen-temple'), '2025-07-01T10:00')).toEqual({
			status: 'unknown',
			reason: 'no-data'
		});
		expect(periodOn(hoursOf('yuncheng-museum'), '2025-07-01')).toEqual({ status: 'unknown' });
	});

	it('answers undated seasons only where they agree (Yanhu District Museum)', () => {
		const museum = hoursOf('yanhu-district-museum');
		expect(periodOn(museum, '2025-07-01').status).toBe('ambiguous');
		expect(isOpenAt(museum, '2025-07-01T10:00')).toMatchObject({
			status: 'open',
			closesAt: '12:00'
		}); // Tuesday
		expect(isOpenAt(museum, '2025-07-01T12:30')).toEqual({ status: 'closed' });
		expect(isOpenAt(museum, '2025-07-01T13:45')).toEqual({
			status: 'unknown',
			reason: 'ambiguous'
		});
		expect(isOpenAt(museum, '2025-07-01T15:00')).toMatchObject({
			status: 'open',
			closesAt: '17:00'
		});
		expect(isOpenAt(museum, '2025-06-30T10:00')).toEqual({ status: 'closed' }); // Monday
	});

	it('treats conflicting hours from one page as alternatives (Shun mausoleum)', () => {
		const shun = hoursOf('shun-mausoleum');
		expect(isOpenAt(shun, '2025-07-01T10:00').status).toBe('open');
		expect(isOpenAt(shun, '2025-07-01T08:30')).toEqual({ status: 'unknown', reason: 'ambiguous' });
		expect(isOpenAt(shun, '2025-07-01T19:00')).toEqual({ status: 'closed' });
	});

	it('rejects malformed times', () => {
		expect(() => isOpenAt(guandi, '2025-07-01')).toThrow(RangeError);
	});
});
