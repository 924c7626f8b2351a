import type { TargetAssessor } from "@opptrapping/sdk";
import { domainOf, judge, resolveBaseline } from "./common.js";

/**
 * Never below the baseline (R6: no reduction of inpatient places). `met` holds while no value
 * since the baseline has fallen below it; any measured decline breaks it.
 *
 * @example
 * ```ts
 * import { noDeclineAssessor } from "@opptrapping/indicators";
 * noDeclineAssessor.kind; // "noDecline"
 * ```
 */
export const noDeclineAssessor: TargetAssessor<"noDecline"> = {
  kind: "noDecline",
  assess: ({ target, indicator, series, options }) => {
    const domain = domainOf(indicator);
    const baseline = resolveBaseline(series.points, target, options, domain);
    if (!baseline.ok) return baseline.measurement;
    const level = baseline.baseline.value;
    return judge({
      target,
      indicator,
      points: series.points,
      direction: "increase",
      targetValue: null,
      meets: (v) => v >= level,
      met: (_latest, since) => since.every((p) => p.value >= level),
      baseline,
      domain,
      options,
    });
  },
};
