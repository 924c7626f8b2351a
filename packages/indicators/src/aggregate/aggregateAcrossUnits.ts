import type { Indicator, Observation, OrgHierarchy } from "@opptrapping/core";
import { checkInputs, checkSame } from "./checkInputs.js";
import { combineAcrossUnits } from "./combineAcrossUnits.js";
import type { AggregateResult } from "./types.js";
import { unitCoverageOf, type UnitCoverageOptions } from "./unitCoverage.js";

/**
 * Where {@link aggregateAcrossUnits} aggregates to.
 *
 * @example
 * ```ts
 * import type { AcrossUnitsOptions } from "@opptrapping/indicators";
 * const options: AcrossUnitsOptions = { orgUnit: "rhf-vest" };
 * ```
 */
export interface AcrossUnitsOptions extends UnitCoverageOptions {
  /** The org unit the result is for (e.g. `NO`, or the county the municipalities belong to). */
  readonly orgUnit: string;
  /** When given, every input must be `orgUnit` or below it, and none may contain another. */
  readonly hierarchy?: OrgHierarchy;
}

/**
 * Aggregates observations of one period and one dimension combination across org units, by
 * the indicator's unit axis: means weighted by counts, proportions and rates from summed
 * numerators and denominators, counts and stocks summed. Without a hierarchy the caller
 * vouches that the units do not overlap. With `expected` units the result says how many of
 * them it rests on (`units`: present, suppressed, missing, share of units and of weight); below
 * `minCoverage` it is flagged `sufficient: false` (or refused), and a sum over part of the
 * units is flagged `partialSum` — a lower bound, never a cut.
 *
 * @throws {AggregationError} `no_observations`, `mixed_indicators`, `mixed_periods`,
 * `mixed_dimensions`, `duplicate_observation`, `unknown_org_unit`, `outside_org_unit`,
 * `overlapping_units`, `not_aggregatable`, `mean_without_counts`,
 * `proportion_without_counts`, `rate_without_counts`, `overflow`; `incomplete_coverage` with
 * `onIncomplete: "refuse"`.
 *
 * @example
 * ```ts
 * import { aggregateAcrossUnits } from "@opptrapping/indicators";
 * const r = aggregateAcrossUnits(
 *   [
 *     { indicatorId: "wait", period: "2025T1", orgUnit: "hf-bergen", dimensions: {}, value: 30, count: 100, flags: [] },
 *     { indicatorId: "wait", period: "2025T1", orgUnit: "hf-stavanger", dimensions: {}, value: 40, count: 300, flags: [] },
 *   ],
 *   waitIndicator, // aggregation: "mean"
 *   { orgUnit: "rhf-vest" },
 * );
 * r.value; // 37.5
 * ```
 */
export function aggregateAcrossUnits(observations: readonly Observation[], indicator: Indicator, options: AcrossUnitsOptions): AggregateResult {
  const what = `aggregate ${indicator.id} across units into ${options.orgUnit}`;
  const parts = checkInputs(observations, indicator, what);
  checkSame(parts, "period", what);
  checkSame(parts, "dimensions", what);
  const result = combineAcrossUnits(parts, indicator, options.orgUnit, options.hierarchy);
  const units = unitCoverageOf(observations, indicator, options.orgUnit, result.period, options);
  return units === undefined ? result : Object.freeze({ ...result, units });
}
