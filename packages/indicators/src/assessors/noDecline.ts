import type { TargetAssessor } from "@opptrapping/sdk";
import { fromBaselineOf, judge } from "./common.js";

/**
 * Never below the baseline (R6: no reduction of inpatient places). Met when no point since the
 * baseline is below it; the forecast must stay at or above it too.
 *
 * @example
 * ```ts
 * import { noDeclineAssessor } from "@opptrapping/indicators";
 * noDeclineAssessor.kind; // "noDecline"
 * ```
 */
export const noDeclineAssessor: TargetAssessor<"noDecline"> = {
  kind: "noDecline",
  assess: ({ target, series, options }) => {
    const b = fromBaselineOf(series.points, target.baseline);
    if (!b.ok) return b.measurement;
    const { baseline } = b;
    const points = b.points;
    return judge({
      points,
      direction: "increase",
      targetValue: baseline.value,
      meets: (v) => v >= baseline.value,
      met: points.every((p) => p.value >= baseline.value),
      baseline,
      withProgress: false,
      deadline: target.deadline,
      options,
    });
  },
};
