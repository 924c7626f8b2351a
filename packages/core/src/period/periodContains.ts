import { periodDayRange } from "./periodDayRange.js";
import type { Period } from "./types.js";

/**
 * Whether every day of `inner` lies inside `outer` (a period contains itself).
 *
 * @example
 * ```ts
 * import { parsePeriod, periodContains } from "@opptrapping/core";
 * periodContains(parsePeriod("2023/2033"), parsePeriod("2025T2")); // true
 * ```
 */
export function periodContains(outer: Period, inner: Period): boolean {
  const o = periodDayRange(outer);
  const i = periodDayRange(inner);
  return o.first <= i.first && i.last <= o.last;
}
