import type { TargetAssessor } from "@opptrapping/sdk";
import { domainOf, judge, resolveBaseline } from "./common.js";

/**
 * A share reaches full coverage (R3, R4): the target value is `value` (e.g. 100 %); progress
 * is measured from the stated baseline or the plan's baseline policy.
 *
 * @example
 * ```ts
 * import { coverageAssessor } from "@opptrapping/indicators";
 * coverageAssessor.kind; // "coverage"
 * ```
 */
export const coverageAssessor: TargetAssessor<"coverage"> = {
  kind: "coverage",
  assess: ({ target, indicator, series, options }) => {
    const domain = domainOf(indicator);
    return judge({
      target,
      indicator,
      points: series.points,
      direction: "increase",
      targetValue: target.value,
      meets: (v) => v >= target.value,
      baseline: resolveBaseline(series.points, target, options, domain),
      domain,
      options,
    });
  },
};
