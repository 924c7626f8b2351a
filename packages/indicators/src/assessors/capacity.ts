import type { TargetAssessor } from "@opptrapping/sdk";
import { domainOf, judge, resolveBaseline } from "./common.js";

/**
 * An absolute increase over the baseline (R6: about 430 more places by 2040). Target value =
 * baseline + increase; progress is the share of the increase reached.
 *
 * @example
 * ```ts
 * import { capacityAssessor } from "@opptrapping/indicators";
 * capacityAssessor.kind; // "capacity"
 * ```
 */
export const capacityAssessor: TargetAssessor<"capacity"> = {
  kind: "capacity",
  assess: ({ target, indicator, series, options }) => {
    const domain = domainOf(indicator);
    const baseline = resolveBaseline(series.points, target, options, domain);
    if (!baseline.ok) return baseline.measurement;
    const targetValue = baseline.baseline.value + target.increase;
    return judge({
      target,
      indicator,
      points: series.points,
      direction: "increase",
      targetValue,
      meets: (v) => v >= targetValue,
      distance: target.increase,
      baseline,
      domain,
      options,
    });
  },
};
