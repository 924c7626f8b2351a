import { parsePeriod, type Indicator, type Observation } from "@opptrapping/core";
import { checkInputs, checkSame } from "./checkInputs.js";
import { combineOverTime } from "./combineOverTime.js";
import type { AggregateResult } from "./types.js";

/**
 * Aggregates observations of one org unit and one dimension combination over time into
 * `period` (any period or range, e.g. `2025T1` or `2025-06/2025-12`), by the indicator's
 * time axis: means weighted by counts, proportions and rates from summed numerators
 * (a rate's population averaged over the days), counts summed, stocks at their last value.
 *
 * @throws {AggregationError} `no_observations`, `mixed_indicators`, `mixed_org_units`,
 * `mixed_dimensions`, `duplicate_observation`, `outside_period`, `overlapping_periods`,
 * `not_aggregatable`, `mean_without_counts`, `proportion_without_counts`,
 * `rate_without_counts`, `overflow`.
 *
 * @example
 * ```ts
 * import { aggregateOverTime } from "@opptrapping/indicators";
 * const r = aggregateOverTime(
 *   [
 *     { indicatorId: "wait", period: "2025-01", orgUnit: "NO", dimensions: {}, value: 30, count: 100, flags: [] },
 *     { indicatorId: "wait", period: "2025-02", orgUnit: "NO", dimensions: {}, value: 40, count: 300, flags: [] },
 *   ],
 *   waitIndicator, // aggregation: "mean"
 *   "2025T1",
 * );
 * r.value; // 37.5
 * r.coverage; // 0.5 (two of the tertial's four months)
 * ```
 */
export function aggregateOverTime(observations: readonly Observation[], indicator: Indicator, period: string): AggregateResult {
  const what = `aggregate ${indicator.id} over ${period}`;
  const target = parsePeriod(period);
  const parts = checkInputs(observations, indicator, what);
  checkSame(parts, "orgUnit", what);
  checkSame(parts, "dimensions", what);
  const first = parts[0];
  return combineOverTime(parts, indicator, target, first?.orgUnit ?? "", first?.dimensions ?? {});
}
