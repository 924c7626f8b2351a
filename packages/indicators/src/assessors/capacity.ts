import type { TargetAssessor } from "@opptrapping/sdk";
import { ratio } from "../math/finite.js";
import { fromBaselineOf, judge } from "./common.js";

/**
 * An absolute increase over the baseline (about 430 more inpatient places by 2040): target
 * value = baseline + increase; progress = (value − baseline) / increase.
 *
 * @example
 * ```ts
 * import { capacityAssessor } from "@opptrapping/indicators";
 * capacityAssessor.kind; // "capacity"
 * ```
 */
export const capacityAssessor: TargetAssessor<"capacity"> = {
  kind: "capacity",
  assess: ({ target, series, options }) => {
    const b = fromBaselineOf(series.points, target.baseline);
    if (!b.ok) return b.measurement;
    const { baseline } = b;
    const targetValue = baseline.value + target.increase;
    const m = judge({
      points: b.points,
      direction: "increase",
      targetValue,
      meets: (v) => v >= targetValue,
      baseline,
      withProgress: false,
      deadline: target.deadline,
      options,
    });
    // Divide by the increase itself: (baseline + n) − baseline loses n when the baseline is large.
    return m.value === null ? m : { ...m, progress: ratio(m.value - baseline.value, target.increase) };
  },
};
