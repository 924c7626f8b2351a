import type { TargetAssessor } from "@opptrapping/sdk";
import { domainOf, judge, resolveBaseline } from "./common.js";

/**
 * Lower or higher than at the baseline (R2, R7), with no stated size. `met` needs a clear
 * change the preferred way: larger than the indicator's noise (its minimum meaningful change,
 * confidence intervals, or the rule's default share of the baseline). A change inside the
 * noise is "no clear change", never met.
 *
 * @example
 * ```ts
 * import { directionAssessor } from "@opptrapping/indicators";
 * directionAssessor.kind; // "direction"
 * ```
 */
export const directionAssessor: TargetAssessor<"direction"> = {
  kind: "direction",
  assess: ({ target, indicator, series, options }) => {
    const domain = domainOf(indicator);
    const baseline = resolveBaseline(series.points, target, options, domain);
    if (!baseline.ok) return baseline.measurement;
    const level = baseline.baseline.value;
    const decrease = target.direction === "decrease";
    return judge({
      target,
      indicator,
      points: series.points,
      direction: target.direction,
      targetValue: null,
      meets: (v) => (decrease ? v < level : v > level),
      met: (_latest, _since, change) => change !== null && change.clear && change.preferred > 0,
      baseline,
      domain,
      options,
    });
  },
};
