import { periodDayRange } from "./periodDayRange.js";
import type { Period } from "./types.js";

/**
 * How many days a period covers, both ends included.
 *
 * @example
 * ```ts
 * import { parsePeriod, periodLengthInDays } from "@opptrapping/core";
 * periodLengthInDays(parsePeriod("2024")); // 366
 * ```
 */
export function periodLengthInDays(p: Period): number {
  const { first, last } = periodDayRange(p);
  return last - first + 1;
}
