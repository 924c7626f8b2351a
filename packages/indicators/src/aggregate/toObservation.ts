import type { Observation, ObservationFlag } from "@opptrapping/core";
import type { AggregateResult } from "./types.js";

/**
 * Turns an aggregate back into an observation of `indicatorId`, so it can be assessed or
 * aggregated further: `count`, `numerator` and `denominator` are kept (a later aggregation
 * then weighs it correctly), `provisional` becomes a flag, and a null value is flagged
 * `suppressed` when every excluded input was suppressed, otherwise `missing`. What an
 * observation has no field for — excluded inputs, incompleteness, coverage below 1, a zero
 * denominator — is written in `note`.
 *
 * @example
 * ```ts
 * import { aggregateOverTime, toObservation } from "@opptrapping/indicators";
 * const o = toObservation(aggregateOverTime(months, waitIndicator, "2025T1"), "wait");
 * o; // { indicatorId: "wait", period: "2025T1", orgUnit: "NO", dimensions: {}, value: 37.5, count: 400, flags: [], note: "aggregate of 2 observations" }
 * ```
 */
export function toObservation(result: AggregateResult, indicatorId: string): Observation {
  const flags: ObservationFlag[] = [];
  if (result.provisional) flags.push("provisional");
  if (result.value === null) {
    const allSuppressed = result.excluded.length > 0 && result.excluded.every((e) => e.reason === "suppressed");
    flags.push(result.reason === "no_data" && allSuppressed ? "suppressed" : "missing");
  }
  return Object.freeze({
    indicatorId,
    period: result.period,
    orgUnit: result.orgUnit,
    dimensions: Object.freeze({ ...result.dimensions }),
    value: result.value,
    ...(result.numerator === undefined ? {} : { numerator: result.numerator }),
    ...(result.denominator === undefined ? {} : { denominator: result.denominator }),
    ...(result.count === undefined ? {} : { count: result.count }),
    flags: Object.freeze(flags),
    note: noteOf(result),
  });
}

function noteOf(r: AggregateResult): string {
  const parts = [`aggregate of ${r.inputs} observation${r.inputs === 1 ? "" : "s"}`];
  if (r.excluded.length > 0) {
    const suppressed = r.excluded.filter((e) => e.reason === "suppressed").length;
    const missing = r.excluded.length - suppressed;
    const which = [suppressed > 0 ? `${suppressed} suppressed` : "", missing > 0 ? `${missing} missing` : ""].filter(Boolean).join(", ");
    parts.push(`incomplete: ${which} left out`);
  }
  if (r.coverage < 1) parts.push(`covers ${Math.round(r.coverage * 1000) / 10} % of the period`);
  if (r.reason === "zero_denominator") parts.push("denominator is zero");
  return parts.join("; ");
}
