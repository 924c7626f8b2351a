import type { Observation, ObservationFlag } from "@opptrapping/core";
import type { AggregateResult } from "./types.js";
import { describeCoverage } from "./unitCoverage.js";

/**
 * Turns an aggregate back into an observation of `indicatorId`, so it can be assessed or
 * aggregated further: `count`, `numerator` and `denominator` are kept (a later aggregation
 * then weighs it correctly), `provisional` becomes a flag, and a null value is flagged
 * `suppressed` when every excluded input was suppressed, otherwise `missing`. What an
 * observation has no field for — excluded inputs, incompleteness, coverage below 1, a zero
 * denominator — is written in `note`. A result whose `units` coverage is insufficient, or
 * that is a sum over part of the expected units, is withheld: value `null`, flag `missing`,
 * the partial value and why in `note` — so it can never be read as a level (a fall in beds
 * that is only a missing region). A result with no data keeps the summed denominators of its
 * suppressed inputs when every one of them gave its denominator.
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
  const units = result.units;
  if (units !== undefined && result.value !== null && (!units.sufficient || units.partialSum)) {
    // Too few of the expected units (or a sum over part of them): withheld, not a level.
    flags.push("missing");
    return Object.freeze({
      indicatorId,
      period: result.period,
      orgUnit: result.orgUnit,
      dimensions: Object.freeze({ ...result.dimensions }),
      value: null,
      flags: Object.freeze(flags),
      note: `${noteOf(result)}; withheld: ${describeCoverage(units)} (the partial value was ${result.value})`,
    });
  }
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
    ...(result.denominator === undefined ? knownDenominator(result) : { denominator: result.denominator }),
    ...(result.count === undefined ? {} : { count: result.count }),
    flags: Object.freeze(flags),
    note: noteOf(result),
  });
}

/** A result without data still carries the denominators its suppressed inputs kept, when all did. */
function knownDenominator(r: AggregateResult): { denominator?: number } {
  if (r.value !== null || r.excluded.length === 0 || !r.excluded.every((e) => e.denominator !== undefined)) return {};
  return { denominator: r.excluded.reduce((s, e) => s + e.denominator!, 0) };
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
  if (r.units !== undefined && r.value !== null && r.units.sufficient && !r.units.partialSum && r.units.present < r.units.expected) parts.push(describeCoverage(r.units));
  return parts.join("; ");
}
