import { OpptrappingError } from "@opptrapping/core";

/**
 * Why an aggregation was refused. Every code names a way the inputs could silently give a
 * wrong number, so the library stops and says which observation is at fault:
 *
 * - `mean_without_counts`: a count-weighted mean needs the `count` behind every value.
 * - `proportion_without_counts` / `rate_without_counts`: a share or rate is rebuilt from its
 *   `numerator` and `denominator`, never averaged.
 * - `not_aggregatable`: the indicator (a `difference`, or an axis set to `none`) cannot be combined.
 * - `mixed_indicators`, `mixed_org_units`, `mixed_periods`, `mixed_dimensions`: inputs that do
 *   not belong in one aggregation.
 * - `duplicate_observation`: the same indicator, period, org unit and dimensions twice.
 * - `overlapping_periods`: two inputs of a time aggregation cover the same days.
 * - `outside_period`: an input lies (partly) outside the target period.
 * - `overlapping_units`: one input is an ancestor of another, so it would be counted twice.
 * - `outside_org_unit`: an input is not the target org unit or one of its descendants.
 * - `unknown_org_unit`: an org unit is not in the hierarchy.
 * - `no_observations`: nothing to aggregate, so the result's period or org unit is unknown.
 * - `cannot_roll_up`: an input spans more than one period of the requested granularity.
 * - `overflow`: the result is too large to be represented as a finite number.
 * - `incomplete_coverage`: with `onIncomplete: "refuse"`, fewer of the expected units than
 *   `minCoverage` have a value, or a sum lacks any of them.
 * - `invalid_options`: an option is out of range (e.g. `minCoverage` outside 0–1).
 *
 * @example
 * ```ts
 * import type { AggregationErrorCode } from "@opptrapping/indicators";
 * const code: AggregationErrorCode = "mean_without_counts";
 * ```
 */
export type AggregationErrorCode =
  | "mean_without_counts"
  | "proportion_without_counts"
  | "rate_without_counts"
  | "not_aggregatable"
  | "mixed_indicators"
  | "mixed_org_units"
  | "mixed_periods"
  | "mixed_dimensions"
  | "duplicate_observation"
  | "overlapping_periods"
  | "outside_period"
  | "incomplete_coverage"
  | "invalid_options"
  | "overlapping_units"
  | "outside_org_unit"
  | "unknown_org_unit"
  | "no_observations"
  | "cannot_roll_up"
  | "overflow";

/**
 * Thrown when observations cannot be aggregated without giving a wrong number (aggregering).
 * `path` is the index of the offending observation in the input array when there is one.
 *
 * @example
 * ```ts
 * import { AggregationError, aggregateOverTime } from "@opptrapping/indicators";
 * try {
 *   aggregateOverTime(observations, indicator, "2025");
 * } catch (error) {
 *   if (error instanceof AggregationError) console.error(error.code, error.path, error.message);
 * }
 * ```
 */
export class AggregationError extends OpptrappingError {
  declare readonly code: AggregationErrorCode;

  constructor(code: AggregationErrorCode, message: string, path: readonly (string | number)[] = [], options?: ErrorOptions) {
    super(code, message, path, options);
  }
}
