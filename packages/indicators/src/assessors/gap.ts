import type { TargetAssessor } from "@opptrapping/sdk";
import { ratio } from "../math/finite.js";
import { combineByPeriod } from "./combine.js";
import { fromBaselineOf, insufficient, judge } from "./common.js";

/**
 * The gap |indicator − reference| shrinks (R7: life-expectancy gap to the rest of the
 * population). Met when the latest gap is below the baseline gap; progress is the share of the
 * baseline gap closed. Only periods with values in both series count.
 *
 * @example
 * ```ts
 * import { gapAssessor } from "@opptrapping/indicators";
 * gapAssessor.kind; // "gap"
 * ```
 */
export const gapAssessor: TargetAssessor<"gap"> = {
  kind: "gap",
  assess: ({ target, series, reference, options }) => {
    if (!reference || reference.series.points.length === 0)
      return insufficient("no_reference", `Mangler data for referanseindikatoren ${target.referenceIndicatorId}.`, `No data for the reference indicator ${target.referenceIndicatorId}.`);
    const gaps = combineByPeriod(series.points, reference.series.points, (a, b) => Math.abs(a - b));
    if (gaps.length === 0)
      return insufficient("no_observations", "Ingen perioder med data for begge indikatorene.", "No period has values for both indicators.");
    const b = fromBaselineOf(gaps, target.baseline);
    if (!b.ok) return b.measurement;
    const { baseline, points } = b;
    const m = judge({
      points,
      direction: "decrease",
      targetValue: baseline.value,
      meets: (v) => v < baseline.value,
      baseline,
      withProgress: false,
      deadline: target.deadline,
      options,
    });
    const latest = points.at(-1);
    return latest ? { ...m, progress: ratio(baseline.value - latest.value, baseline.value) } : m;
  },
};
