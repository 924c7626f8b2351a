import type { TargetAssessor } from "@opptrapping/sdk";
import { combineByPeriod, growthSeries } from "./combine.js";
import { insufficient, judge } from "./common.js";

/**
 * Growth of the indicator above growth of a reference (the RHF rule: real cost growth in PHV
 * and TSB above demographic growth). The series judged is the excess growth in percentage
 * points, indicator − reference, per period; met when the latest excess is above 0. With
 * `basis: "level"` growth is computed from consecutive levels first.
 *
 * @example
 * ```ts
 * import { growthExceedsAssessor } from "@opptrapping/indicators";
 * growthExceedsAssessor.kind; // "growthExceeds"
 * ```
 */
export const growthExceedsAssessor: TargetAssessor<"growthExceeds"> = {
  kind: "growthExceeds",
  assess: ({ target, series, reference, options }) => {
    if (!reference || reference.series.points.length === 0)
      return insufficient("no_reference", `Mangler data for referanseindikatoren ${target.referenceIndicatorId}.`, `No data for the reference indicator ${target.referenceIndicatorId}.`);
    const level = target.basis === "level";
    const a = level ? growthSeries(series.points) : series.points;
    const b = level ? growthSeries(reference.series.points) : reference.series.points;
    const excess = combineByPeriod(a, b, (x, y) => x - y);
    if (excess.length === 0)
      return insufficient(
        level ? "too_few_points" : "no_observations",
        "Ingen perioder med vekst for begge seriene.",
        "No period has growth for both series.",
      );
    return judge({
      points: excess,
      direction: "increase",
      targetValue: 0,
      meets: (v) => v > 0,
      baseline: undefined,
      withProgress: false,
      deadline: target.deadline,
      options,
    });
  },
};
