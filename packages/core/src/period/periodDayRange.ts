import { daysFromCivil, daysInMonth, isoWeekOneMonday } from "./calendar.js";
import { monthSpan } from "./monthSpan.js";
import type { Period } from "./types.js";

/**
 * The days of a period as day numbers (days since 1970-01-01), first and last inclusive.
 *
 * @example
 * ```ts
 * import { dayNumber, type DayRange } from "@opptrapping/core";
 * const d: DayRange = { first: dayNumber("2025-01-01"), last: dayNumber("2025-12-31") };
 * ```
 */
export interface DayRange {
  readonly first: number;
  readonly last: number;
}

/**
 * The first and last day of a period as day numbers (days since 1970-01-01, UTC, inclusive).
 * The cheap way to compare periods; see {@link periodBounds} for ISO dates.
 *
 * @example
 * ```ts
 * import { parsePeriod, periodDayRange } from "@opptrapping/core";
 * periodDayRange(parsePeriod("1970-01")); // { first: 0, last: 30 }
 * ```
 */
export function periodDayRange(p: Period): DayRange {
  if (p.kind === "range") {
    return Object.freeze({ first: periodDayRange(p.from).first, last: periodDayRange(p.to).last });
  }
  if (p.kind === "day") {
    const day = daysFromCivil(p.year, p.month, p.day);
    return Object.freeze({ first: day, last: day });
  }
  if (p.kind === "week") {
    const first = isoWeekOneMonday(p.year) + 7 * (p.week - 1);
    return Object.freeze({ first, last: first + 6 });
  }
  const span = monthSpan(p);
  const end = span.start + span.count - 1;
  const endYear = Math.floor(end / 12);
  const endMonth = (end % 12) + 1;
  return Object.freeze({
    first: daysFromCivil(Math.floor(span.start / 12), (span.start % 12) + 1, 1),
    last: daysFromCivil(endYear, endMonth, daysInMonth(endYear, endMonth)),
  });
}
