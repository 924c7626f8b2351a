import { isoDate } from "./dayNumber.js";
import { periodDayRange } from "./periodDayRange.js";
import type { Period } from "./types.js";

/**
 * The first and last day of a period as ISO dates, both inclusive.
 *
 * @example
 * ```ts
 * import { periodBounds, type PeriodBounds } from "@opptrapping/core";
 * const b: PeriodBounds = periodBounds({ kind: "year", year: 2025 }); // { start: "2025-01-01", end: "2025-12-31" }
 * ```
 */
export interface PeriodBounds {
  readonly start: string;
  readonly end: string;
}

/**
 * The first and last day of a period as ISO dates (`YYYY-MM-DD`), both inclusive.
 * ISO dates sort as strings, so `periodBounds(p).end <= asOf` compares correctly.
 *
 * @example
 * ```ts
 * import { parsePeriod, periodBounds } from "@opptrapping/core";
 * periodBounds(parsePeriod("2024/25")); // { start: "2024-08-01", end: "2025-07-31" }
 * ```
 */
export function periodBounds(p: Period): PeriodBounds {
  const { first, last } = periodDayRange(p);
  return Object.freeze({ start: isoDate(first), end: isoDate(last) });
}
