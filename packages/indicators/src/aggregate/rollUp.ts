import { OpptrappingError, formatPeriod, periodDayRange, rollUp as periodRollUp, type Indicator, type Observation, type Period } from "@opptrapping/core";
import { AggregationError } from "./AggregationError.js";
import { checkInputs } from "./checkInputs.js";
import { combineOverTime } from "./combineOverTime.js";
import { compareParts, compareStrings, describeSlice, dimensionKey, type Part } from "./part.js";
import type { AggregateResult, RollUpGranularity } from "./types.js";

/**
 * Rolls observations up to a coarser granularity: one result per org unit, dimension
 * combination and target period (months 2025-01…2025-04 → `2025T1`), each aggregated over
 * time by the indicator's time axis. Org units are never combined here. Results are sorted
 * by period, then org unit, then dimensions; an empty input gives an empty array.
 *
 * @throws {AggregationError} `cannot_roll_up` when an observation spans more than one target
 * period (a year rolled up to quarters), and every error of {@link aggregateOverTime}.
 *
 * @example
 * ```ts
 * import { rollUp } from "@opptrapping/indicators";
 * const months = ["2025-01", "2025-02", "2025-03", "2025-04"].map((period, i) => ({
 *   indicatorId: "referrals", period, orgUnit: "NO", dimensions: {}, value: 100 + i, flags: [],
 * }));
 * rollUp(months, referralsIndicator, "tertial").map((r) => [r.period, r.value]); // [["2025T1", 406]]
 * ```
 */
export function rollUp(observations: readonly Observation[], indicator: Indicator, granularity: RollUpGranularity): readonly AggregateResult[] {
  if (observations.length === 0) return Object.freeze([]);
  const parts = checkInputs(observations, indicator, `roll ${indicator.id} up to ${granularity}`);
  const groups = new Map<string, { target: Period; parts: Part[]; first: Part }>();
  for (const part of parts) {
    const target = targetOf(part, indicator, granularity);
    const key = `${formatPeriod(target)}\u0000${part.orgUnit}\u0000${dimensionKey(part.dimensions)}`;
    const group = groups.get(key);
    if (group) group.parts.push(part);
    else groups.set(key, { target, parts: [part], first: part });
  }
  const results = [...groups.values()].map((g) => ({
    days: periodDayRange(g.target),
    orgUnit: g.first.orgUnit,
    dims: dimensionKey(g.first.dimensions),
    result: combineOverTime(g.parts, indicator, g.target, g.first.orgUnit, g.first.dimensions),
  }));
  results.sort((a, b) => compareParts(a, b) || compareStrings(a.dims, b.dims));
  return Object.freeze(results.map((r) => r.result));
}

function targetOf(part: Part, indicator: Indicator, granularity: RollUpGranularity): Period {
  try {
    return periodRollUp(part.parsed, granularity);
  } catch (error) {
    if (!(error instanceof OpptrappingError)) throw error;
    throw new AggregationError(
      "cannot_roll_up",
      `Cannot roll up the observation of ${describeSlice(indicator.id, part.period, part.orgUnit, part.dimensions)}: ${error.message}`,
      part.path,
      { cause: error },
    );
  }
}
