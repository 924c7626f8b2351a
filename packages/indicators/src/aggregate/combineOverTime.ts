import { formatPeriod, periodDayRange, type Indicator, type Period } from "@opptrapping/core";
import { AggregationError } from "./AggregationError.js";
import { axesOf } from "./axesOf.js";
import { combine } from "./combine.js";
import { finish } from "./finish.js";
import { compareParts, describeSlice, type Part } from "./part.js";
import type { AggregateResult } from "./types.js";

/**
 * The time step shared by {@link aggregateOverTime}, {@link rollUp} and {@link aggregate}:
 * parts of one org unit and dimension combination, checked to lie inside `target`
 * (`outside_period`) and not to overlap (`overlapping_periods`), combined by the indicator's
 * `overTime` method. Internal.
 *
 * @example
 * ```ts
 * combineOverTime(parts, indicator, parsePeriod("2025T1"), "NO", {}).period; // "2025T1"
 * ```
 */
export function combineOverTime(
  parts: readonly Part[],
  indicator: Indicator,
  target: Period,
  orgUnit: string,
  dimensions: Readonly<Record<string, string>>,
): AggregateResult {
  const period = formatPeriod(target);
  const days = periodDayRange(target);
  const name = (p: Part): string => describeSlice(indicator.id, p.period, p.orgUnit, p.dimensions);
  for (const p of parts) {
    if (p.days.first < days.first || p.days.last > days.last) {
      throw new AggregationError(
        "outside_period",
        `Cannot aggregate ${indicator.id} over ${period}: ${name(p)} ${p.days.last < days.first || p.days.first > days.last ? "lies outside" : "reaches outside"} it.`,
        p.path,
      );
    }
  }
  const sorted = [...parts].sort(compareParts);
  let latest: Part | undefined;
  for (const p of sorted) {
    if (latest && p.days.first <= latest.days.last) {
      throw new AggregationError(
        "overlapping_periods",
        `Cannot aggregate ${indicator.id} over ${period}: ${latest.period} and ${p.period} overlap, so their days would be counted twice (${orgUnit}). Use one granularity.`,
        p.path,
      );
    }
    if (!latest || p.days.last > latest.days.last) latest = p;
  }
  const combined = combine(sorted, { axis: "time", method: axesOf(indicator).overTime, indicator, target: period });
  return finish(combined, sorted, { indicator, period, days, orgUnit, dimensions });
}
