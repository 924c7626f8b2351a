import type { TargetAssessor } from "@opptrapping/sdk";
import { compare, domainOf, judge, resolveBaseline } from "./common.js";

/**
 * `value comparator x` (R5: mean wait PHBU < 35 days). The target value is `x`; progress is
 * measured from the target's stated baseline, or the plan's baseline policy.
 *
 * @example
 * ```ts
 * import { thresholdAssessor } from "@opptrapping/indicators";
 * thresholdAssessor.kind; // "threshold"
 * ```
 */
export const thresholdAssessor: TargetAssessor<"threshold"> = {
  kind: "threshold",
  assess: ({ target, indicator, series, options }) => {
    const domain = domainOf(indicator);
    return judge({
      target,
      indicator,
      points: series.points,
      direction: target.comparator === "<" || target.comparator === "<=" ? "decrease" : "increase",
      targetValue: target.value,
      meets: (v) => compare(v, target.comparator, target.value),
      baseline: resolveBaseline(series.points, target, options, domain),
      domain,
      options,
    });
  },
};
