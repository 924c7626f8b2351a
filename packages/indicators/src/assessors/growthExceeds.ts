import type { TargetAssessor } from "@opptrapping/sdk";
import { combineByPeriod, growthSeries } from "./combine.js";
import { deadlineTime, forecastOf, insufficient, judge, trendOf } from "./common.js";

/**
 * Growth of the indicator exceeds growth of a reference (the RHF rule for 2026). The measured
 * series is the excess growth (percentage points) per period; `met` when the latest excess is
 * positive. There is no baseline: the verdict rests on the deadline period's value.
 *
 * @example
 * ```ts
 * import { growthExceedsAssessor } from "@opptrapping/indicators";
 * growthExceedsAssessor.kind; // "growthExceeds"
 * ```
 */
export const growthExceedsAssessor: TargetAssessor<"growthExceeds"> = {
  kind: "growthExceeds",
  assess: ({ target, indicator, series, reference, options }) => {
    const domain = { min: null, max: null };
    if (!reference || reference.series.points.length === 0)
      return insufficient("no_reference", `Mangler data for referanseindikatoren ${target.referenceIndicatorId}.`, `No data for the reference indicator ${target.referenceIndicatorId}.`, [], domain);
    const level = target.basis === "level";
    const a = level ? growthSeries(series.points) : series.points;
    const b = level ? growthSeries(reference.series.points) : reference.series.points;
    const excess = combineByPeriod(a, b, (x, y) => x - y);
    if (excess.length === 0)
      return insufficient(level ? "too_few_points" : "no_observations", "Ingen perioder med vekst for begge seriene.", "No period has growth for both series.", [], domain);
    const end = target.deadline.kind === "year" ? target.deadline.year + 1 : Number.POSITIVE_INFINITY;
    const upToDeadline = excess.filter((p) => p.t < end);
    const m = judge({
      target,
      indicator,
      points: upToDeadline,
      direction: "increase",
      targetValue: 0,
      meets: (v) => v > 0,
      baseline: { ok: false, measurement: insufficient("no_baseline", "", "", [], domain) },
      domain,
      options,
    });
    // Growth against growth has no path to judge: only the value for the deadline period decides.
    if (!m.deadline.hasData)
      return {
        ...m,
        met: null,
        insufficient: {
          code: "no_data_for_deadline",
          explanation: {
            nb: "Målet gjelder veksten i friståret, og tallet for det året finnes ikke ennå.",
            en: "The target is about growth in the deadline year, and that year's figure is not in yet.",
          },
        },
      };
    const trend = trendOf(upToDeadline, "increase", options);
    const forecast = forecastOf(upToDeadline, deadlineTime(target.deadline, options), options, domain, (v) => v > 0);
    return { ...m, trend, forecast, insufficient: null, used: upToDeadline.slice(-1) };
  },
};
