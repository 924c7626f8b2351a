import type { TargetAssessor } from "@opptrapping/sdk";
import { findBaseline, fromBaseline, insufficient, judge } from "./common.js";

/**
 * Lower (or higher) than at the baseline (R2, R7), with no stated size: met when the latest
 * value is strictly better than the baseline. A single point cannot show a change.
 *
 * @example
 * ```ts
 * import { directionAssessor } from "@opptrapping/indicators";
 * directionAssessor.kind; // "direction"
 * ```
 */
export const directionAssessor: TargetAssessor<"direction"> = {
  kind: "direction",
  assess: ({ target, series, options }) => {
    if (series.points.length === 0) return insufficient("no_observations", "Ingen observasjoner.", "No observations.");
    const baseline = findBaseline(series.points, target.baseline);
    if (!baseline)
      return insufficient("no_baseline", `Mangler verdi for utgangsåret ${target.baseline}.`, `No value for the baseline period ${target.baseline}.`);
    const points = fromBaseline(series.points, baseline);
    if (points.length < 2)
      return insufficient("too_few_points", "Trenger minst én måling etter utgangspunktet.", "Needs at least one value after the baseline.", points);
    const decrease = target.direction === "decrease";
    return judge({
      points,
      direction: target.direction,
      targetValue: baseline.value,
      meets: (v) => (decrease ? v < baseline.value : v > baseline.value),
      baseline,
      withProgress: false,
      deadline: target.deadline,
      options,
    });
  },
};
