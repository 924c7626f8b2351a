import type { TargetAssessor } from "@opptrapping/sdk";
import { findBaseline, fromBaseline, insufficient, judge } from "./common.js";

/**
 * A relative change against a baseline (R1: −25 %). Target value = baseline × (1 + change).
 * Without a stated baseline period the earliest point is the baseline.
 *
 * @example
 * ```ts
 * import { relativeChangeAssessor } from "@opptrapping/indicators";
 * relativeChangeAssessor.kind; // "relativeChange"
 * ```
 */
export const relativeChangeAssessor: TargetAssessor<"relativeChange"> = {
  kind: "relativeChange",
  assess: ({ target, series, options }) => {
    if (series.points.length === 0) return insufficient("no_observations", "Ingen observasjoner.", "No observations.");
    const baseline = findBaseline(series.points, target.baseline);
    if (!baseline)
      return insufficient("no_baseline", `Mangler verdi for utgangsåret ${target.baseline}.`, `No value for the baseline period ${target.baseline}.`);
    const targetValue = baseline.value * (1 + target.change);
    const decrease = target.change < 0;
    return judge({
      points: fromBaseline(series.points, baseline),
      direction: decrease ? "decrease" : "increase",
      targetValue,
      meets: (v) => (decrease ? v <= targetValue : v >= targetValue),
      baseline,
      withProgress: true,
      deadline: target.deadline,
      options,
    });
  },
};
