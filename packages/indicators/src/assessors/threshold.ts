import type { TargetAssessor } from "@opptrapping/sdk";
import { compare, judge } from "./common.js";

/**
 * `value comparator x` (R5: mean wait PHBU < 35 days). The target value is `x`; the baseline
 * for progress is the earliest point of the series.
 *
 * @example
 * ```ts
 * import { thresholdAssessor } from "@opptrapping/indicators";
 * thresholdAssessor.kind; // "threshold"
 * ```
 */
export const thresholdAssessor: TargetAssessor<"threshold"> = {
  kind: "threshold",
  assess: ({ target, series, options }) =>
    judge({
      points: series.points,
      direction: target.comparator === "<" || target.comparator === "<=" ? "decrease" : "increase",
      targetValue: target.value,
      meets: (v) => compare(v, target.comparator, target.value),
      baseline: series.points[0],
      withProgress: true,
      deadline: target.deadline,
      options,
    }),
};
