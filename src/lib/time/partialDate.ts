/**
 * Partial dates (`2015`, `2015-03`, `2015-03-04`) and day numbers.
 *
 * A day number counts whole days since 1970-01-01. Time logic compares day numbers, plain
 * integers, so the hot path (the slider) never builds `Date` objects. The arithmetic is
 * Howard Hinnant's days-from-civil, exact over the proleptic Gregorian calendar.
 */

/** A parsed partial date; `month` and `day` are absent below that precision. */
export interface DateParts {
	year: number;
	month?: number;
	day?: number;
}

/** The precision a partial date is stated at. */
export type Precision = 'year' | 'month' | 'day';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses a partial date, or returns null when it is not a real calendar date.
 * @example parsePartialDate('2021-02-30') // null
 * @example parsePartialDate('2015-03') // { year: 2015, month: 3 }
 */
export function parsePartialDate(text: string): DateParts | null {
	if (typeof text !== 'string') return null;
	const match = PARTIAL_DATE.exec(text);
	if (!match) return null;
	const year = Number(match[1]);
	if (match[2] === undefined) return { year };
	const month = Number(match[2]);
	if (month < 1 || month > 12) return null;
	if (match[3] === undefined) return { year, month };
	const day = Number(match[3]);
	if (day < 1 || day > daysInMonth(year, month)) return null;
	return { year, month, day };
}

/** The precision of a valid partial date, read from its length. */
export function precisionOf(text: string): Precision {
	return text.length === 4 ? 'year' : text.length === 7 ? 'month' : 'day';
}

/** Day number of a calendar day (days since 1970-01-01). */
export function dayFromParts(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const mp = (month + 9) % 12;
	const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** The calendar day of a day number. */
export function partsFromDay(dayNumber: number): Required<DateParts> {
	const z = dayNumber + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The day number a partial date counts from: its first day ("has it happened by t").
 * Throws on an invalid date; validated data never has one.
 * @example dayOf('2015-03') === dayOf('2015-03-01')
 */
export function dayOf(text: string): number {
	const parts = parsePartialDate(text);
	if (!parts) throw new RangeError(`"${text}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
	return dayFromParts(parts.year, parts.month ?? 1, parts.day ?? 1);
}

/** The ISO `YYYY-MM-DD` string of a day number. */
export function isoOfDay(dayNumber: number): string {
	const { year, month, day } = partsFromDay(dayNumber);
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO `YYYY-MM` of a day number's month. */
export function isoMonthOfDay(dayNumber: number): string {
	return isoOfDay(dayNumber).slice(0, 7);
}

/**
 * Moves a day number by whole months, keeping the day of the month where it exists and
 * clamping it to the month's end where it does not (31 January + 1 month = 28/29 February).
 */
export function addMonths(dayNumber: number, months: number): number {
	const { year, month, day } = partsFromDay(dayNumber);
	const index = year * 12 + (month - 1) + months;
	const y = Math.floor(index / 12);
	const m = index - y * 12 + 1;
	return dayFromParts(y, m, Math.min(day, daysInMonth(y, m)));
}
