import { parsePeriod, periodDayRange, type DayRange, type Indicator } from "@opptrapping/core";
import { AggregationError } from "./AggregationError.js";
import type { Combined } from "./combine.js";
import { coverageOf } from "./coverageOf.js";
import { compareParts, describeSlice, type Part } from "./part.js";
import type { AggregateResult, ExcludedInput } from "./types.js";

/**
 * Where a result sits. Internal.
 *
 * @example
 * ```ts
 * const slot: ResultSlot = { indicator, period: "2025T1", days: periodDayRange(parsePeriod("2025T1")), orgUnit: "NO", dimensions: {} };
 * ```
 */
export interface ResultSlot {
  readonly indicator: Indicator;
  /** Canonical period string. */
  readonly period: string;
  readonly days: DayRange;
  readonly orgUnit: string;
  readonly dimensions: Readonly<Record<string, string>>;
}

/**
 * Turns a combination into a frozen {@link AggregateResult}: gathers the excluded inputs of
 * every part, works out coverage, and refuses (`overflow`) rather than hand out Infinity.
 *
 * @example
 * ```ts
 * finish(combine(parts, step), parts, slot).value; // 37.5
 * ```
 */
export function finish(c: Combined, parts: readonly Part[], slot: ResultSlot): AggregateResult {
  for (const [name, x] of [["value", c.value], ["count", c.count], ["numerator", c.numerator], ["denominator", c.denominator]] as const) {
    if (x !== null && x !== undefined && !Number.isFinite(x)) {
      throw new AggregationError(
        "overflow",
        `Cannot aggregate ${describeSlice(slot.indicator.id, slot.period, slot.orgUnit, slot.dimensions)}: its ${name} is too large to represent as a number.`,
      );
    }
  }
  const excluded = parts
    .flatMap((p) => p.excluded)
    .map((e) => ({ e, days: periodDayRange(parsePeriod(e.period)), orgUnit: e.orgUnit }))
    .sort(compareParts)
    .map(({ e }): ExcludedInput => Object.freeze({ ...e }));
  const reason = c.value !== null ? undefined : c.zeroDenominator ? "zero_denominator" : "no_data";
  return Object.freeze({
    value: c.value === null ? null : c.value + 0, // + 0 turns -0 into 0
    ...(c.count === undefined ? {} : { count: c.count }),
    ...(c.numerator === undefined ? {} : { numerator: c.numerator }),
    ...(c.denominator === undefined ? {} : { denominator: c.denominator }),
    period: slot.period,
    orgUnit: slot.orgUnit,
    dimensions: Object.freeze({ ...slot.dimensions }),
    inputs: parts.reduce((n, p) => n + p.inputs, 0),
    excluded: Object.freeze(excluded),
    complete: excluded.length === 0,
    provisional: c.provisional,
    coverage: coverageOf(
      c.used.map((p) => p.days),
      slot.days,
    ),
    ...(reason === undefined ? {} : { reason }),
  });
}
