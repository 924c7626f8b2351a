import type { TargetAssessor } from "@opptrapping/sdk";
import { fromBaselineOf, insufficient, judge } from "./common.js";

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
    const b = fromBaselineOf(series.points, target.baseline);
    if (!b.ok) return b.measurement;
    const { baseline } = b;
    const points = b.points;
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
