import type { Deadline, Direction } from "@opptrapping/core";
import type { AssessOptions, Forecast, InsufficientData, Measurement, Series, SeriesPoint, Trend } from "@opptrapping/sdk";
import { finiteOrNull, ratio } from "../math/finite.js";
import { fitLine, timeWeights } from "../math/leastSquares.js";

/** A measurement that says why it cannot be made. */
export function insufficient(code: InsufficientData["code"], nb: string, en: string, used: readonly SeriesPoint[] = []): Measurement {
  return {
    value: null,
    valuePeriod: null,
    baseline: null,
    targetValue: null,
    met: null,
    gap: null,
    progress: null,
    trend: null,
    forecast: null,
    insufficient: { code, explanation: { nb, en } },
    used,
  };
}

/** The fractional year a deadline falls at: the end of its year; long-run targets use the horizon. */
export function deadlineTime(deadline: Deadline, options: AssessOptions): number {
  return (deadline.kind === "year" ? deadline.year : options.longRunHorizon) + 1;
}

/** The baseline point: the point of the baseline period, or the earliest point when none is given. */
export function findBaseline(points: readonly SeriesPoint[], period: string | undefined): SeriesPoint | undefined {
  return period === undefined ? points[0] : points.find((p) => p.period === period);
}

/** The baseline point and the points from it on — or the measurement saying why there are none. */
export type Baselined =
  | { readonly ok: true; readonly baseline: SeriesPoint; readonly points: readonly SeriesPoint[] }
  | { readonly ok: false; readonly measurement: Measurement };

/**
 * Finds the baseline (the target's baseline period, or the earliest point when it names none)
 * and the points from it on; with no points or no value for the baseline period, the
 * insufficient-data measurement to return instead.
 */
export function fromBaselineOf(points: readonly SeriesPoint[], period: string | undefined): Baselined {
  if (points.length === 0) return { ok: false, measurement: insufficient("no_observations", "Ingen observasjoner.", "No observations.") };
  const baseline = findBaseline(points, period);
  if (!baseline)
    return {
      ok: false,
      measurement: insufficient("no_baseline", `Mangler verdi for utgangsåret ${period}.`, `No value for the baseline period ${period}.`),
    };
  return { ok: true, baseline, points: fromBaseline(points, baseline) };
}

/** Slope per year over the points, when there are enough of them. */
export function trendOf(points: readonly SeriesPoint[], direction: Direction, options: AssessOptions): Trend | null {
  if (points.length < Math.max(2, options.minPointsForTrend)) return null;
  const line = fitLine(points.map((p) => p.t), points.map((p) => p.value));
  if (!line) return null;
  const improving = direction === "decrease" ? line.slope < 0 : line.slope > 0;
  return { slopePerYear: line.slope, improving, points: points.length };
}

/** The value forecast at time `at` with the configured method, or `null` with too few points. */
export function forecastValue(
  points: readonly SeriesPoint[],
  at: number,
  options: AssessOptions,
): { value: number; method: Forecast["method"] } | null {
  if (points.length < Math.max(2, options.minPointsForTrend)) return null;
  const t = points.map((p) => p.t);
  const v = points.map((p) => p.value);
  const weighted = options.forecastMethod === "timeWeightedLeastSquares";
  if (options.forecastMethod === "lastValue") {
    const last = points.at(-1);
    return last ? { value: last.value, method: "lastValue" } : null;
  }
  const line = fitLine(t, v, weighted ? timeWeights(t, options.halfLifeYears) : undefined);
  if (!line) return null;
  const value = finiteOrNull(line.intercept + line.slope * at);
  return value === null ? null : { value, method: options.forecastMethod };
}

/** Everything a measurement needs once the target value and the test of meeting it are known. */
export interface Judged {
  readonly points: readonly SeriesPoint[];
  readonly direction: Direction;
  readonly targetValue: number;
  readonly meets: (value: number) => boolean;
  readonly baseline: SeriesPoint | undefined;
  /** Whether progress (share of baseline → target covered) means anything for this kind. */
  readonly withProgress: boolean;
  readonly deadline: Deadline;
  readonly options: AssessOptions;
  /** Override of `met` (e.g. noDecline looks at every point, not just the latest). */
  readonly met?: boolean;
}

/** Builds the measurement of a series against a target value. */
export function judge(j: Judged): Measurement {
  const latest = j.points.at(-1);
  if (!latest) return insufficient("no_observations", "Ingen observasjoner.", "No observations.");
  const sign = j.direction === "decrease" ? 1 : -1;
  const gap = finiteOrNull(sign * (latest.value - j.targetValue));
  const progress =
    j.withProgress && j.baseline ? ratio(latest.value - j.baseline.value, j.targetValue - j.baseline.value) : null;
  const trend = trendOf(j.points, j.direction, j.options);
  const at = deadlineTime(j.deadline, j.options);
  const f = forecastValue(j.points, at, j.options);
  return {
    value: latest.value,
    valuePeriod: latest.period,
    baseline: j.baseline ? { value: j.baseline.value, period: j.baseline.period } : null,
    targetValue: finiteOrNull(j.targetValue),
    met: j.met ?? j.meets(latest.value),
    gap,
    progress,
    trend,
    forecast: f ? { value: f.value, at, method: f.method, meets: j.meets(f.value) } : null,
    insufficient: null,
    used: j.points,
  };
}

/** `a` compared with `b` by a comparator. */
export function compare(a: number, comparator: "<" | "<=" | ">=" | ">", b: number): boolean {
  switch (comparator) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">=":
      return a >= b;
    case ">":
      return a > b;
  }
}

/** Points at or after the baseline period. */
export function fromBaseline(points: readonly SeriesPoint[], baseline: SeriesPoint): readonly SeriesPoint[] {
  return points.filter((p) => p.t >= baseline.t);
}

/** The series points, in time order, as given. */
export function pointsOf(series: Series): readonly SeriesPoint[] {
  return series.points;
}
