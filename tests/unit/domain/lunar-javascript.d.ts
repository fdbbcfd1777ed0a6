/**
 * The small part of lunar-javascript 1.7.7 (CommonJS, no bundled types) that the lunar tests use
 * to check src/lib/domain/lunar-table.ts (the app itself no longer imports the library).
 * Months are 1–12; a negative lunar month is the leap (闰) month after the month of that number.
 */
declare module 'lunar-javascript' {
	interface SolarDate {
		getYear(): number;
		getMonth(): number;
		getDay(): number;
		getLunar(): LunarDate;
	}
	interface LunarDate {
		getYear(): number;
		getMonth(): number;
		getDay(): number;
		getSolar(): SolarDate;
	}
	interface LunarMonthInfo {
		getDayCount(): number;
	}
	const lunar: {
		Solar: { fromYmd(year: number, month: number, day: number): SolarDate };
		Lunar: { fromYmd(year: number, month: number, day: number): LunarDate };
		LunarMonth: { fromYm(year: number, month: number): LunarMonthInfo | null };
	};
	export default lunar;
}
