import type { TargetAssessor } from "@opptrapping/sdk";
import { judge } from "./common.js";

/**
 * Full coverage (R3 all municipalities, R4 all clinics): met when the share reaches `value`
 * (100 for percent). Progress runs from the earliest point to `value`.
 *
 * @example
 * ```ts
 * import { coverageAssessor } from "@opptrapping/indicators";
 * coverageAssessor.kind; // "coverage"
 * ```
 */
export const coverageAssessor: TargetAssessor<"coverage"> = {
  kind: "coverage",
  assess: ({ target, series, options }) =>
    judge({
      points: series.points,
      direction: "increase",
      targetValue: target.value,
      meets: (v) => v >= target.value,
      baseline: series.points[0],
      withProgress: true,
      deadline: target.deadline,
      options,
    }),
};
