/**
 * Aggregation (aggregering) of observations across org units and over time.
 *
 * ## Two axes
 *
 * As in DHIS2, every indicator aggregates along two axes — across org units and over time —
 * fixed by its aggregation kind and overridable by the indicator's `acrossUnits` / `overTime`:
 *
 * | kind         | across units                        | over time                                          |
 * |--------------|-------------------------------------|----------------------------------------------------|
 * | `mean`       | `weighted`: Σ(value·count) / Σcount | `weighted`: Σ(value·count) / Σcount                |
 * | `proportion` | `sum`: Σnumerator / Σdenominator    | `sum`: Σnumerator / Σdenominator                   |
 * | `count`      | `sum`                               | `sum`                                              |
 * | `stock`      | `sum`                               | `last`: the value of the latest period             |
 * | `rate`       | `sum`: Σevents / Σpopulation        | `sum`: Σevents / population averaged over the days |
 * | `difference` | `none`: refused                     | `none`: refused                                    |
 *
 * A proportion's value is Σnumerator/Σdenominator × 100 when the unit is `percent`, a share
 * 0–1 otherwise; a rate's is Σevents/population × 100 000 for `per100k`. The input `value`
 * of a proportion or rate is not used: its numerator and denominator are. A rate's population
 * is a stock: over time it is the mean of the inputs' populations weighted by each input
 * period's length in days (so January weighs 31, February 28), not a sum, and the rate is
 * per the whole target period (not annualised).
 *
 * Overrides: `sum` adds values (or numerators and denominators for proportions and rates);
 * `weighted` is the count-weighted mean (for proportions and rates the same as `sum`);
 * `average` is an unweighted mean of the units' values across units, and a mean weighted by
 * period length in days over time — an explicit opt-in, never a default, and results built
 * with it keep no count, numerator or denominator, so they cannot be re-aggregated as ratios;
 * `first`/`last` take the earliest/latest period with a value, `min`/`max` the smallest/largest
 * value (ties: the earliest, then the lowest org unit id), each with its count, numerator and
 * denominator; `none` refuses (`not_aggregatable`).
 *
 * ## Never averaging averages
 *
 * A mean input without `count` is refused (`mean_without_counts`), a proportion without
 * numerator and denominator (`proportion_without_counts`), a rate likewise
 * (`rate_without_counts`); the message names the observation's indicator, period and org
 * unit, and `path` its index. The only exception: a single input that already *is* the target
 * (same org unit across units, same period over time) passes through unchanged when it lacks
 * those parts or the axis is `none` — nothing is combined. When it has them, its value is
 * rebuilt from them like any other (so a lone 0/0 still gives `zero_denominator`).
 *
 * ## Missing, suppressed, provisional, zero
 *
 * An observation whose value is null (flag `missing` or `suppressed`) is not used but listed in
 * `excluded` with its reason (`suppressed` wins when both flags are set), and the result has
 * `complete: false`. If no input has a value, `value` is null with `reason: "no_data"`. A
 * denominator (or, for a weighted mean, a sum of counts) of zero is not an error: `value` is
 * null with `reason: "zero_denominator"`, and `numerator`/`denominator`/`count` are kept.
 * `provisional` is true when an input that determines the value is provisional: any used input
 * for sums and means, the chosen one for `last`/`first`/`min`/`max`. A stock whose last period
 * is suppressed takes the latest period that has a value (and is incomplete).
 *
 * `inputs` counts observations with a value; `coverage` is the share of the target period's
 * months (days when the target or an input is day-level) covered by inputs with data (a
 * zero-denominator input counts as data: it reports zero cases). Across units alone every
 * input covers the whole period, so coverage there is 1, or 0 when no input has data.
 *
 * ## Order of steps, and what is refused
 *
 * `aggregate` groups by dimension combination, then combines across org units within each
 * period, then over time. `aggregateOverTime` needs one org unit and one dimension
 * combination, inputs inside the target period (`outside_period`) that do not overlap each
 * other (`overlapping_periods`); `aggregateAcrossUnits` needs one period and one dimension
 * combination, and with a hierarchy every input at or below the target
 * (`outside_org_unit`, `unknown_org_unit`) and none inside another (`overlapping_units`).
 * Everywhere: one indicator (`mixed_indicators`), no two observations for the same period,
 * org unit and dimensions (`duplicate_observation`), at least one observation
 * (`no_observations`; `rollUp` and `aggregate` return `[]` instead), and no Infinity
 * (`overflow`). A malformed period string throws core's `PeriodError`. Results never carry
 * NaN or Infinity. Inputs are sorted (period, then org unit) before anything is added, and sums
 * use compensated (Neumaier) summation, so results do not depend on input order; outputs are
 * sorted by period, then org unit, then dimension combination.
 *
 * ## Parts and the whole
 *
 * With `toObservation`, a result becomes an observation again (with count, numerator and
 * denominator), so aggregating parts and then the parts' results equals aggregating the whole
 * — exactly for means, proportions, counts and stocks, and for rates when each part covers
 * its whole period (a part's population is weighted by its period's length, not by the days
 * it actually has data for). An observation has no field for `excluded`, `complete` or
 * `coverage`: these are written in its `note`, a zero-denominator or empty result becomes a
 * null value flagged `missing` (or `suppressed` when every excluded input was).
 *
 * @packageDocumentation
 */
export { AggregationError, type AggregationErrorCode } from "./AggregationError.js";
export type { AggregateResult, ExcludedInput, RollUpGranularity } from "./types.js";
export { axesOf, type AcrossUnitsMethod, type Axes, type OverTimeMethod } from "./axesOf.js";
export { aggregateOverTime } from "./aggregateOverTime.js";
export { aggregateAcrossUnits, type AcrossUnitsOptions } from "./aggregateAcrossUnits.js";
export {
  DEFAULT_MIN_UNIT_COVERAGE,
  describeCoverage,
  type UnitCoverage,
  type UnitCoverageOptions,
} from "./unitCoverage.js";
export { rollUp } from "./rollUp.js";
export { aggregate, type AggregateOptions } from "./aggregate.js";
export { toObservation } from "./toObservation.js";
export { createUnitsAccumulator, type UnitsAccumulator } from "./unitsAccumulator.js";
