// Proleptic Gregorian calendar arithmetic on plain integers (no Date, no time zones).

/** Lowest year a period string may name. */
export const MIN_YEAR = 1900;
/** Highest year a period string may name. */
export const MAX_YEAR = 2199;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

// Howard Hinnant's days_from_civil: exact for every year, with 1970-01-01 as day 0.
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface Civil {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// Inverse of daysFromCivil (Hinnant's civil_from_days).
export function civilFromDays(days: number): Civil {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

export function pad4(n: number): string {
  return String(n).padStart(4, "0");
}

export function formatCivil(year: number, month: number, day: number): string {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Why year-month-day is not a calendar date, or undefined when it is one. */
export function dateProblem(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return "month must be 01–12";
  const last = daysInMonth(year, month);
  if (day >= 1 && day <= last) return undefined;
  if (month === 2 && day === 29) return `${pad4(year)} is not a leap year, so February has 28 days`;
  return `day must be 01–${last} in ${MONTH_NAMES[month - 1] ?? ""} ${pad4(year)}`;
}

// ISO 8601 weeks: day 0 (1970-01-01) was a Thursday, so (days + 3) mod 7 is 0 on Mondays.
export function isoWeekday(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

// Monday of ISO week 1: the week holding 4 January.
export function isoWeekOneMonday(year: number): number {
  const jan4 = daysFromCivil(year, 1, 4);
  return jan4 - isoWeekday(jan4);
}

// 53 when the year starts on a Thursday, or on a Wednesday in a leap year; else 52.
export function isoWeeksInYear(year: number): number {
  const wd = isoWeekday(daysFromCivil(year, 1, 1));
  return wd === 3 || (wd === 2 && isLeapYear(year)) ? 53 : 52;
}

// The ISO week-numbering year and week of a day: those of the week's Thursday.
export function isoWeekOfDay(days: number): { readonly year: number; readonly week: number } {
  const thursday = days - isoWeekday(days) + 3;
  const year = civilFromDays(thursday).year;
  return { year, week: Math.floor((thursday - isoWeekOneMonday(year)) / 7) + 1 };
}
