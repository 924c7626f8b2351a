import type { Indicator, Observation } from "@opptrapping/core";
import { aggregateAcrossUnits } from "./aggregateAcrossUnits.js";
import { AggregationError } from "./AggregationError.js";
import { axesOf } from "./axesOf.js";
import { scaleOf } from "./combine.js";
import type { AggregateResult, ExcludedInput } from "./types.js";

/** A running total across org units for one period and slice; see {@link createUnitsAccumulator}. */
export interface UnitsAccumulator {
  /** Adds one observation (its index in the caller's array is kept for error paths). */
  add(observation: Observation, index: number): void;
  /** The aggregate so far, as {@link aggregateAcrossUnits} would give it for the same inputs. */
  result(period: string, dimensions: Readonly<Record<string, string>>): AggregateResult;
}

/** Neumaier's compensated running sum, the same summation as the array `sum`. */
class RunningSum {
  total = 0;
  compensation = 0;
  add(x: number): void {
    const next = this.total + x;
    this.compensation += Math.abs(this.total) >= Math.abs(x) ? this.total - next + x : x - next + this.total;
    this.total = next;
  }
  get value(): number {
    return Number.isFinite(this.total) ? this.total + this.compensation : this.total;
  }
}

/**
 * A streaming form of {@link aggregateAcrossUnits} for the default methods — `sum`,
 * `weighted` (means by count) and ratio of sums (proportions and rates) — that keeps only
 * running sums, so aggregating a million observations needs no per-row objects. Any other
 * method keeps the observations and defers to `aggregateAcrossUnits`. Results equal
 * `aggregateAcrossUnits` on the same inputs (a property test pins this), including errors:
 * a mean without counts is `mean_without_counts`, never an average of averages.
 *
 * @example
 * ```ts
 * import { createUnitsAccumulator } from "@opptrapping/indicators";
 * const acc = createUnitsAccumulator(indicator, "NO");
 * for (const [i, o] of observations.entries()) acc.add(o, i);
 * acc.result("2025-06", { service: "PHBU" }).value;
 * ```
 */
export function createUnitsAccumulator(indicator: Indicator, orgUnit: string): UnitsAccumulator {
  const method = axesOf(indicator).acrossUnits;
  const kind = indicator.aggregation;
  const ratio = (kind === "proportion" || kind === "rate") && (method === "sum" || method === "weighted");
  if (!ratio && method !== "sum" && method !== "weighted") {
    const kept: Observation[] = [];
    return {
      add: (o) => void kept.push(o),
      result: () => aggregateAcrossUnits(kept, indicator, { orgUnit }),
    };
  }
  const values = new RunningSum();
  const weighted = new RunningSum();
  const counts = new RunningSum();
  const numerators = new RunningSum();
  const denominators = new RunningSum();
  let inputs = 0;
  let allCounted = true;
  let provisional = false;
  let firstMissing: { index: number; o: Observation } | undefined;
  const excluded: ExcludedInput[] = [];
  return {
    add(o, index) {
      if (o.value === null) {
        excluded.push({
          period: o.period,
          orgUnit: o.orgUnit,
          reason: o.flags.includes("suppressed") ? "suppressed" : "missing",
          ...(o.count === undefined ? {} : { count: o.count }),
          ...(o.numerator === undefined ? {} : { numerator: o.numerator }),
          ...(o.denominator === undefined ? {} : { denominator: o.denominator }),
        });
        return;
      }
      inputs++;
      if (o.flags.includes("provisional")) provisional = true;
      if (o.count === undefined) allCounted = false;
      else counts.add(o.count);
      if (ratio) {
        if (o.numerator === undefined || o.denominator === undefined) firstMissing ??= { index, o };
        else {
          numerators.add(o.numerator);
          denominators.add(o.denominator);
        }
      } else if (method === "weighted") {
        if (o.count === undefined) firstMissing ??= { index, o };
        else weighted.add(o.value * o.count);
      } else values.add(o.value);
    },
    result(period, dimensions) {
      if (firstMissing) {
        const { o, index } = firstMissing;
        const code = ratio ? (kind === "rate" ? "rate_without_counts" : "proportion_without_counts") : "mean_without_counts";
        const needs = ratio ? "a numerator and a denominator" : "a count";
        throw new AggregationError(
          code,
          `Cannot aggregate ${indicator.id} across units into ${orgUnit}: the observation for ${o.period}, ${o.orgUnit} has no ${ratio ? "numerator/denominator" : "count"}, and ${kind === "mean" ? "averaging averages" : "summing shares"} would be wrong. Give ${needs}.`,
          [index],
        );
      }
      let value: number | null;
      let zero = false;
      const extra: { count?: number; numerator?: number; denominator?: number } = {};
      if (inputs > 0 && allCounted) extra.count = counts.value;
      if (ratio) {
        const den = denominators.value;
        if (inputs > 0) {
          extra.numerator = numerators.value;
          extra.denominator = den;
        }
        value = inputs === 0 ? null : den === 0 ? null : (numerators.value / den) * scaleOf(indicator.unit);
        zero = inputs > 0 && den === 0;
      } else if (method === "weighted") {
        const total = counts.value;
        value = inputs === 0 ? null : total === 0 ? null : weighted.value / total;
        zero = inputs > 0 && total === 0;
      } else value = inputs === 0 ? null : values.value;
      if (value !== null && !Number.isFinite(value))
        throw new AggregationError("overflow", `Cannot aggregate ${indicator.id} for ${period} into ${orgUnit}: the value is too large to represent as a number.`);
      const sortedExcluded = excluded.sort((a, b) => (a.orgUnit < b.orgUnit ? -1 : a.orgUnit > b.orgUnit ? 1 : 0));
      return Object.freeze({
        value: value === null ? null : value + 0,
        ...extra,
        period,
        orgUnit,
        dimensions: Object.freeze({ ...dimensions }),
        inputs,
        excluded: Object.freeze(sortedExcluded.map((e) => Object.freeze(e))),
        complete: excluded.length === 0,
        provisional,
        coverage: inputs > 0 || zero ? 1 : 0,
        ...(value === null ? { reason: zero ? ("zero_denominator" as const) : ("no_data" as const) } : {}),
      });
    },
  };
}
