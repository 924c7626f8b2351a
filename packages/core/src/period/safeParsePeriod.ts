import { PeriodError } from "./PeriodError.js";
import { parsePeriod } from "./parsePeriod.js";
import type { Period } from "./types.js";

/**
 * The result of {@link safeParsePeriod}: the period, or the error {@link parsePeriod} would throw.
 *
 * @example
 * ```ts
 * import { safeParsePeriod, type SafeParsePeriodResult } from "@opptrapping/core";
 * const r: SafeParsePeriodResult = safeParsePeriod("2025Q3");
 * if (r.success) console.log(r.period.kind); // "quarter"
 * ```
 */
export type SafeParsePeriodResult =
  | { readonly success: true; readonly period: Period }
  | { readonly success: false; readonly error: PeriodError };

/**
 * {@link parsePeriod} without throwing: accepts any value and reports failure as data.
 *
 * @example
 * ```ts
 * import { safeParsePeriod } from "@opptrapping/core";
 * const r = safeParsePeriod("2025T4");
 * if (!r.success) console.error(r.error.message); // Invalid period "2025T4": tertial must be 1–3 (forms: …)
 * ```
 */
export function safeParsePeriod(input: unknown): SafeParsePeriodResult {
  try {
    return Object.freeze({ success: true, period: parsePeriod(input as string) });
  } catch (error) {
    if (error instanceof PeriodError) return Object.freeze({ success: false, error });
    throw error;
  }
}
