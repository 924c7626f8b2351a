import type { TargetAssessor } from "@opptrapping/sdk";
import { findBaseline, fromBaseline, insufficient, judge } from "./common.js";

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
    if (series.points.length === 0) return insufficient("no_observations", "Ingen observasjoner.", "No observations.");
    const baseline = findBaseline(series.points, target.baseline);
    if (!baseline)
      return insufficient("no_baseline", `Mangler verdi for utgangsåret ${target.baseline}.`, `No value for the baseline period ${target.baseline}.`);
    const points = fromBaseline(series.points, baseline);
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
