import type { Indicator } from "@opptrapping/core";
import { AggregationError } from "./AggregationError.js";
import type { AcrossUnitsMethod, OverTimeMethod } from "./axesOf.js";
import { describeSlice, type Part } from "./part.js";
import { sum, weightedMean } from "./sum.js";

/**
 * What one combination step (across units, or over time) is asked to do. Internal.
 *
 * @example
 * ```ts
 * const step: CombineStep = { axis: "time", method: "last", indicator: beds, target: "2025Q1" };
 * ```
 */
export interface CombineStep {
  readonly axis: "units" | "time";
  readonly method: AcrossUnitsMethod | OverTimeMethod;
  readonly indicator: Indicator;
  /** The step's target: an org unit id (units axis) or a canonical period string (time axis). */
  readonly target: string;
}

/**
 * The numbers a combination step produces, before they are checked and frozen. Internal.
 *
 * @example
 * ```ts
 * const c: Combined = combine(parts, step);
 * ```
 */
export interface Combined {
  readonly value: number | null;
  readonly count: number | undefined;
  readonly numerator: number | undefined;
  readonly denominator: number | undefined;
  readonly provisional: boolean;
  /** The value is null because the denominator (or Σ counts) is zero, not for want of data. */
  readonly zeroDenominator: boolean;
  /** The parts whose data the value rests on (for coverage). */
  readonly used: readonly Part[];
}

const EMPTY: Combined = { value: null, count: undefined, numerator: undefined, denominator: undefined, provisional: false, zeroDenominator: false, used: [] };

/**
 * Multiplier from a ratio to the indicator's unit: 100 for `percent`, 100 000 for `per100k`, else 1.
 *
 * @example
 * ```ts
 * scaleOf("percent"); // 100
 * ```
 */
export function scaleOf(unit: Indicator["unit"]): number {
  return unit === "percent" ? 100 : unit === "per100k" ? 100_000 : 1;
}

/**
 * Combines parts (sorted with `compareParts`) along one axis by the step's method. A single
 * part that already is the target passes through unchanged when the method is `none` or the
 * part lacks the count, numerator or denominator the method needs. Throws
 * `not_aggregatable`, `mean_without_counts`, `proportion_without_counts` or `rate_without_counts`.
 *
 * @example
 * ```ts
 * combine(parts, { axis: "units", method: "weighted", indicator, target: "NO" }).value; // 37.5
 * ```
 */
export function combine(parts: readonly Part[], step: CombineStep): Combined {
  const { method, indicator } = step;
  const kind = indicator.aggregation;
  const ratio = (kind === "proportion" || kind === "rate") && (method === "sum" || method === "weighted");
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only && (step.axis === "units" ? only.orgUnit === step.target : only.period === step.target)) {
    // Nothing to combine: keep the reported value unless the parts to rebuild it are there.
    const rebuildable = ratio ? only.numerator !== undefined && only.denominator !== undefined : method !== "weighted" || only.count !== undefined;
    if (method === "none" || !rebuildable) return passThrough(only);
  }
  if (method === "none") throw notAggregatable(step);
  if (ratio) return ratioOfSums(parts, step);

  const valued = parts.filter((p): p is Part & { value: number } => p.value !== null);
  if (valued.length === 0) return EMPTY;
  const values = valued.map((p) => p.value);
  const anyProvisional = valued.some((p) => p.provisional);
  switch (method) {
    case "sum":
      return { ...EMPTY, value: sum(values), count: sumIfAll(valued, "count"), provisional: anyProvisional, used: valued };
    case "weighted": {
      const counts = valued.map((p) => {
        if (p.count === undefined) throw withoutCounts("mean_without_counts", p, step);
        return p.count;
      });
      const value = weightedMean(values, counts);
      return { ...EMPTY, value, count: sum(counts), provisional: anyProvisional, zeroDenominator: value === null, used: valued };
    }
    case "average": {
      // Across units a plain mean of the units (asked for explicitly); over time each period
      // weighs by its length, so months and a tertial of the same days weigh the same.
      const weights = valued.map((p) => (step.axis === "units" ? 1 : p.days.last - p.days.first + 1));
      return { ...EMPTY, value: weightedMean(values, weights), provisional: anyProvisional, used: valued };
    }
    case "first":
    case "last":
    case "min":
    case "max": {
      const chosen = valued.reduce((best, p) => (better(method, p, best) ? p : best));
      return { ...passThrough(chosen), used: valued };
    }
  }
}

function better(method: "first" | "last" | "min" | "max", p: Part & { value: number }, best: Part & { value: number }): boolean {
  switch (method) {
    case "first":
      return p.days.first < best.days.first;
    case "last":
      return p.days.last > best.days.last;
    case "min":
      return p.value < best.value;
    case "max":
      return p.value > best.value;
  }
}

function passThrough(p: Part): Combined {
  return {
    value: p.value,
    count: p.count,
    numerator: p.numerator,
    denominator: p.denominator,
    provisional: p.hasData && p.provisional,
    zeroDenominator: p.hasData && p.value === null,
    used: p.hasData ? [p] : [],
  };
}

function ratioOfSums(parts: readonly Part[], step: CombineStep): Combined {
  const { indicator } = step;
  const data = parts.filter((p) => p.hasData);
  if (data.length === 0) return EMPTY;
  const numerators: number[] = [];
  const denominators: number[] = [];
  for (const p of data) {
    if (p.numerator === undefined || p.denominator === undefined) {
      throw withoutCounts(indicator.aggregation === "rate" ? "rate_without_counts" : "proportion_without_counts", p, step);
    }
    numerators.push(p.numerator);
    denominators.push(p.denominator);
  }
  const numerator = sum(numerators);
  // A population is a stock: over time it is the mean over the days covered, not a sum.
  const denominator =
    step.axis === "time" && indicator.aggregation === "rate"
      ? (weightedMean(denominators, data.map((p) => p.days.last - p.days.first + 1)) ?? 0)
      : sum(denominators);
  const value = denominator === 0 ? null : (numerator / denominator) * scaleOf(indicator.unit);
  return {
    value,
    count: sumIfAll(data, "count"),
    numerator,
    denominator,
    provisional: data.some((p) => p.provisional),
    zeroDenominator: value === null,
    used: data,
  };
}

function sumIfAll(parts: readonly Part[], key: "count" | "numerator" | "denominator"): number | undefined {
  const xs: number[] = [];
  for (const p of parts) {
    const x = p[key];
    if (x === undefined) return undefined;
    xs.push(x);
  }
  return sum(xs);
}

function notAggregatable(step: CombineStep): AggregationError {
  const { indicator, axis } = step;
  const why =
    indicator.aggregation === "difference"
      ? `it is a difference of two series; aggregate each series, then take the difference`
      : `its ${axis === "units" ? "acrossUnits" : "overTime"} method is "none"`;
  return new AggregationError(
    "not_aggregatable",
    `Cannot aggregate ${indicator.id} ${axis === "units" ? `across units into ${step.target}` : `over time into ${step.target}`}: ${why}.`,
  );
}

function withoutCounts(code: "mean_without_counts" | "proportion_without_counts" | "rate_without_counts", p: Part, step: CombineStep): AggregationError {
  const { indicator } = step;
  const slice = describeSlice(indicator.id, p.period, p.orgUnit, p.dimensions);
  const message =
    code === "mean_without_counts"
      ? `Cannot take the count-weighted mean of ${indicator.id}: ${slice} has no count. Give the number of cases behind each mean; averaging means would weigh a small unit like a large one.`
      : `Cannot aggregate the ${code === "rate_without_counts" ? "rate" : "proportion"} ${indicator.id}: ${slice} lacks ${p.numerator === undefined ? "a numerator" : "a denominator"}. ${code === "rate_without_counts" ? "A rate is rebuilt from events and population" : "A proportion is rebuilt from numerators and denominators"}, never averaged.`;
  return new AggregationError(code, message, p.path);
}
