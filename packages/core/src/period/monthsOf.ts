import { civilFromDays, daysInMonth } from "./calendar.js";
import { isoDate } from "./dayNumber.js";
import { formatPeriod } from "./formatPeriod.js";
import { periodDayRange } from "./periodDayRange.js";
import { PeriodError, quote } from "./PeriodError.js";
import type { MonthPeriod, Period } from "./types.js";

/**
 * The months a period covers, in order (a frozen array of frozen months): 4 for a tertial,
 * 12 for a school year (August–July), every month of a range.
 *
 * @throws {PeriodError} `cannot_split` when the period is not made of whole months: a day,
 * or a range that starts after the first or ends before the last day of a month.
 *
 * @example
 * ```ts
 * import { monthsOf, parsePeriod, formatPeriod } from "@opptrapping/core";
 * monthsOf(parsePeriod("2025T2")).map(formatPeriod); // ["2025-05", "2025-06", "2025-07", "2025-08"]
 * ```
 */
export function monthsOf(p: Period): readonly MonthPeriod[] {
  const shown = quote(formatPeriod(p));
  if (p.kind === "day") throw new PeriodError("cannot_split", `Cannot split ${shown} into months: it is a single day`);
  if (p.kind === "week") throw new PeriodError("cannot_split", `Cannot split ${shown} into months: it is a week`);
  const { first, last } = periodDayRange(p);
  const start = civilFromDays(first);
  const end = civilFromDays(last);
  if (start.day !== 1) {
    throw new PeriodError(
      "cannot_split",
      `Cannot split ${shown} into months: it starts on ${isoDate(first)}, not on the first day of a month`,
    );
  }
  if (end.day !== daysInMonth(end.year, end.month)) {
    throw new PeriodError(
      "cannot_split",
      `Cannot split ${shown} into months: it ends on ${isoDate(last)}, not on the last day of a month`,
    );
  }
  const months: MonthPeriod[] = [];
  for (let index = start.year * 12 + start.month - 1; index <= end.year * 12 + end.month - 1; index++) {
    months.push(Object.freeze({ kind: "month", year: Math.floor(index / 12), month: (index % 12) + 1 }));
  }
  return Object.freeze(months);
}
