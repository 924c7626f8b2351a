import { parsePeriod } from "./parsePeriod.js";
import type { Period, PeriodKind } from "./types.js";

/**
 * The kind of a period, or of a period string (which is parsed, so it throws
 * {@link PeriodError} `invalid_period` when it is not one).
 *
 * @example
 * ```ts
 * import { periodKindOf } from "@opptrapping/core";
 * periodKindOf("2024/25"); // "schoolYear"
 * ```
 */
export function periodKindOf(p: Period | string): PeriodKind {
  return (typeof p === "string" ? parsePeriod(p) : p).kind;
}
