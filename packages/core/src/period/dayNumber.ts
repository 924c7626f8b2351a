import { civilFromDays, dateProblem, daysFromCivil, formatCivil } from "./calendar.js";
import { PeriodError, quote, typeName } from "./PeriodError.js";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of 0000-01-01, the first date {@link isoDate} can write with four digits. */
const FIRST_DAY_NUMBER = daysFromCivil(0, 1, 1);
/** Day number of 9999-12-31, the last date {@link isoDate} can write with four digits. */
const LAST_DAY_NUMBER = daysFromCivil(9999, 12, 31);

/**
 * The day number of an ISO date `YYYY-MM-DD`: days since 1970-01-01 in the proleptic
 * Gregorian calendar (negative before 1970). Surrounding whitespace is ignored. Any year
 * 0000–9999 is accepted, unlike period strings, so that the day after a period's end can
 * always be computed.
 *
 * @throws {PeriodError} `invalid_period` when the input is not a real calendar date in that form.
 *
 * @example
 * ```ts
 * import { dayNumber } from "@opptrapping/core";
 * dayNumber("1970-01-02"); // 1
 * ```
 */
export function dayNumber(isoDate: string): number {
  if (typeof isoDate !== "string") {
    throw new PeriodError("invalid_period", `Invalid date: expected an ISO date string YYYY-MM-DD, got ${typeName(isoDate)}`);
  }
  const text = isoDate.trim();
  const match = ISO_DATE.exec(text);
  const problem = match ? dateProblem(Number(match[1]), Number(match[2]), Number(match[3])) : "expected YYYY-MM-DD";
  if (!match || problem !== undefined) {
    throw new PeriodError("invalid_period", `Invalid date ${quote(text)}: ${problem ?? ""}`, isoDate);
  }
  return daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * The ISO date `YYYY-MM-DD` of a day number (days since 1970-01-01); the inverse of {@link dayNumber}.
 *
 * @throws {PeriodError} `invalid_period` unless the day number is an integer whose date has a
 * four-digit year (0000-01-01 to 9999-12-31).
 *
 * @example
 * ```ts
 * import { isoDate } from "@opptrapping/core";
 * isoDate(20_254); // "2025-06-15"
 * ```
 */
export function isoDate(dayNumber: number): string {
  if (!Number.isInteger(dayNumber) || dayNumber < FIRST_DAY_NUMBER || dayNumber > LAST_DAY_NUMBER) {
    throw new PeriodError(
      "invalid_period",
      `Invalid day number ${String(dayNumber)}: expected an integer from ${FIRST_DAY_NUMBER} (0000-01-01) to ${LAST_DAY_NUMBER} (9999-12-31)`,
    );
  }
  const { year, month, day } = civilFromDays(dayNumber);
  return formatCivil(year, month, day);
}
