import type { TargetAssessor } from "@opptrapping/sdk";
import { fromBaselineOf, judge } from "./common.js";

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
    const b = fromBaselineOf(series.points, target.baseline);
    if (!b.ok) return b.measurement;
    const { baseline } = b;
    const targetValue = baseline.value * (1 + target.change);
    const decrease = target.change < 0;
    return judge({
      points: b.points,
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
