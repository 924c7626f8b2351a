import { civilFromDays, daysFromCivil, daysInYear } from "./calendar.js";
import { periodDayRange } from "./periodDayRange.js";
import type { Period } from "./types.js";

/**
 * The middle of a period as a fractional year, a time axis for trend regression.
 *
 * Precisely: a period covers the half-open interval of time from the start of its first day
 * to the end of its last day, `[first, last + 1)` in day numbers; its midpoint is
 * `t = (first + last + 1) / 2`. With `Y` the calendar year containing `t`, the result is
 * `Y + (t − dayNumber(Y-01-01)) / daysInYear(Y)`: 2025.5 for the year 2025 (and 2024.5 for the
 * leap year 2024), `2025 + 15.5 / 365` for January 2025, `2025 + 0.5 / 365` for 2025-01-01.
 * The axis is continuous and increasing, with each calendar year mapped onto `[Y, Y + 1)`.
 *
 * @example
 * ```ts
 * import { parsePeriod, periodMidpoint } from "@opptrapping/core";
 * periodMidpoint(parsePeriod("2025")); // 2025.5
 * ```
 */
export function periodMidpoint(p: Period): number {
  const { first, last } = periodDayRange(p);
  const t = (first + last + 1) / 2;
  const year = civilFromDays(Math.floor(t)).year;
  return year + (t - daysFromCivil(year, 1, 1)) / daysInYear(year);
}
