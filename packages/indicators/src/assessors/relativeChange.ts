import type { TargetAssessor } from "@opptrapping/sdk";
import { domainOf, judge, resolveBaseline } from "./common.js";

/**
 * A relative change against a baseline (R1: −25 %). Target value = baseline × (1 + change).
 * Without a baseline (stated, or found by the plan's policy) there is no target value, and the
 * measurement says so.
 *
 * @example
 * ```ts
 * import { relativeChangeAssessor } from "@opptrapping/indicators";
 * relativeChangeAssessor.kind; // "relativeChange"
 * ```
 */
export const relativeChangeAssessor: TargetAssessor<"relativeChange"> = {
  kind: "relativeChange",
  assess: ({ target, indicator, series, options }) => {
    const domain = domainOf(indicator);
    const baseline = resolveBaseline(series.points, target, options, domain);
    if (!baseline.ok) return baseline.measurement;
    const targetValue = baseline.baseline.value * (1 + target.change);
    const decrease = target.change < 0;
    return judge({
      target,
      indicator,
      points: series.points,
      direction: decrease ? "decrease" : "increase",
      targetValue,
      meets: (v) => (decrease ? v <= targetValue : v >= targetValue),
      baseline,
      domain,
      options,
    });
  },
};
