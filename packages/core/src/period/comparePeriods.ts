import { periodDayRange } from "./periodDayRange.js";
import type { Period } from "./types.js";

/**
 * Orders periods by their first day, then by their last day (the shorter first). A total
 * order for `Array.prototype.sort`; it returns 0 exactly when two periods cover the same days
 * (`2025`, `2025-01/2025-12` and `2025H1/2025H2` are equal).
 *
 * @example
 * ```ts
 * import { comparePeriods, parsePeriod } from "@opptrapping/core";
 * ["2025", "2025Q1", "2024/25"].map(parsePeriod).sort(comparePeriods); // 2024/25, 2025Q1, 2025
 * ```
 */
export function comparePeriods(a: Period, b: Period): -1 | 0 | 1 {
  const x = periodDayRange(a);
  const y = periodDayRange(b);
  if (x.first !== y.first) return x.first < y.first ? -1 : 1;
  if (x.last !== y.last) return x.last < y.last ? -1 : 1;
  return 0;
}
