import type { TargetAssessor } from "@opptrapping/sdk";
import { combineByPeriod } from "./combine.js";
import { insufficient, judge, resolveBaseline } from "./common.js";

/**
 * The gap `|indicator − reference|` shrinks (R7: life expectancy against the rest of the
 * population). Judged like a `direction: "decrease"` target on the gap series: `met` needs a
 * clear narrowing since the baseline. The gap's domain is ≥ 0.
 *
 * @example
 * ```ts
 * import { gapAssessor } from "@opptrapping/indicators";
 * gapAssessor.kind; // "gap"
 * ```
 */
export const gapAssessor: TargetAssessor<"gap"> = {
  kind: "gap",
  assess: ({ target, indicator, series, reference, options }) => {
    const domain = { min: 0, max: null };
    if (!reference || reference.series.points.length === 0)
      return insufficient("no_reference", `Mangler data for referanseindikatoren ${target.referenceIndicatorId}.`, `No data for the reference indicator ${target.referenceIndicatorId}.`, [], domain);
    const gaps = combineByPeriod(series.points, reference.series.points, (a, b) => Math.abs(a - b));
    if (gaps.length === 0)
      return insufficient("no_observations", "Ingen perioder med data for begge indikatorene.", "No period has values for both indicators.", [], domain);
    const baseline = resolveBaseline(gaps, target, options, domain);
    if (!baseline.ok) return baseline.measurement;
    const level = baseline.baseline.value;
    return judge({
      target,
      indicator,
      points: gaps,
      direction: "decrease",
      targetValue: null,
      meets: (v) => v < level,
      met: (_latest, _since, change) => change !== null && change.clear && change.preferred > 0,
      baseline,
      domain,
      options,
    });
  },
};
