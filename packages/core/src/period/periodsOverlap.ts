import { periodDayRange } from "./periodDayRange.js";
import type { Period } from "./types.js";

/**
 * Whether two periods share at least one day.
 *
 * @example
 * ```ts
 * import { parsePeriod, periodsOverlap } from "@opptrapping/core";
 * periodsOverlap(parsePeriod("2024/25"), parsePeriod("2025H1")); // true
 * ```
 */
export function periodsOverlap(a: Period, b: Period): boolean {
  const x = periodDayRange(a);
  const y = periodDayRange(b);
  return x.first <= y.last && y.first <= x.last;
}
