import type { AggregationKind, Indicator } from "@opptrapping/core";

/**
 * How to combine values across org units (the DHIS2 unit axis): `sum` (of values, or of
 * numerators and denominators for proportions and rates), `weighted` (count-weighted mean),
 * `average` (plain mean of the units' values), `min`, `max`, or `none` (refuse).
 *
 * @example
 * ```ts
 * import type { AcrossUnitsMethod } from "@opptrapping/indicators";
 * const m: AcrossUnitsMethod = "weighted";
 * ```
 */
export type AcrossUnitsMethod = NonNullable<Indicator["acrossUnits"]>;

/**
 * How to combine values over time (the DHIS2 time axis): `sum`, `weighted`, `average`
 * (weighted by each period's length in days), `last`, `first`, `min`, `max`, or `none`.
 *
 * @example
 * ```ts
 * import type { OverTimeMethod } from "@opptrapping/indicators";
 * const m: OverTimeMethod = "last";
 * ```
 */
export type OverTimeMethod = NonNullable<Indicator["overTime"]>;

/**
 * The two aggregation axes of an indicator.
 *
 * @example
 * ```ts
 * import type { Axes } from "@opptrapping/indicators";
 * const stock: Axes = { acrossUnits: "sum", overTime: "last" };
 * ```
 */
export interface Axes {
  readonly acrossUnits: AcrossUnitsMethod;
  readonly overTime: OverTimeMethod;
}

const DEFAULT_AXES: Readonly<Record<AggregationKind, Axes>> = Object.freeze({
  mean: Object.freeze({ acrossUnits: "weighted", overTime: "weighted" }),
  proportion: Object.freeze({ acrossUnits: "sum", overTime: "sum" }),
  count: Object.freeze({ acrossUnits: "sum", overTime: "sum" }),
  stock: Object.freeze({ acrossUnits: "sum", overTime: "last" }),
  rate: Object.freeze({ acrossUnits: "sum", overTime: "sum" }),
  difference: Object.freeze({ acrossUnits: "none", overTime: "none" }),
});

/**
 * The axes an indicator aggregates along: the defaults of its aggregation kind (mean →
 * weighted/weighted, proportion and rate → sum/sum of numerators and denominators, count →
 * sum/sum, stock → sum/last, difference → none/none), each replaced by the indicator's own
 * `acrossUnits` or `overTime` when it sets one.
 *
 * @example
 * ```ts
 * import { axesOf } from "@opptrapping/indicators";
 * axesOf({ ...bedsIndicator, aggregation: "stock" }); // { acrossUnits: "sum", overTime: "last" }
 * ```
 */
export function axesOf(indicator: Pick<Indicator, "aggregation" | "acrossUnits" | "overTime">): Axes {
  const defaults = DEFAULT_AXES[indicator.aggregation];
  return Object.freeze({
    acrossUnits: indicator.acrossUnits ?? defaults.acrossUnits,
    overTime: indicator.overTime ?? defaults.overTime,
  });
}
