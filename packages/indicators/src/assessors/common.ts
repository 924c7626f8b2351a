import { formatPeriod, parsePeriod, periodBounds, periodMidpoint, type Deadline, type Direction, type Indicator, type Target } from "@opptrapping/core";
import {
  createMeasurement,
  type AssessOptions,
  type BaselineValue,
  type Change,
  type Domain,
  type Finality,
  type Forecast,
  type InsufficientData,
  type Measurement,
  type MilestoneCheck,
  type Pace,
  type Series,
  type SeriesPoint,
  type Trend,
} from "@opptrapping/sdk";
import { finiteOrNull } from "../math/finite.js";
import { fitLine, timeWeights } from "../math/leastSquares.js";

/** A measurement that says why it cannot be made. */
export function insufficient(
  code: InsufficientData["code"],
  nb: string,
  en: string,
  used: readonly SeriesPoint[] = [],
  domain: Domain = { min: null, max: null },
): Measurement {
  return createMeasurement({ domain, insufficient: { code, explanation: { nb, en } }, used });
}

/** The fractional year a deadline falls at: the end of its year; long-run targets use the horizon. */
export function deadlineTime(deadline: Deadline, options: AssessOptions): number {
  return (deadline.kind === "year" ? deadline.year : options.longRunHorizon) + 1;
}

/**
 * The values each unit allows: anything outside is a wrong unit or a typo, not data, and no
 * forecast goes there. Money and indices can be negative (a cut, a fall below the base).
 */
const UNIT_DOMAIN: Readonly<Record<Indicator["unit"], Domain>> = {
  days: { min: 0, max: null },
  percent: { min: 0, max: 100 },
  share: { min: 0, max: 1 },
  count: { min: 0, max: null },
  years: { min: 0, max: 150 },
  nok: { min: null, max: null },
  per100k: { min: 0, max: 100_000 },
  places: { min: 0, max: null },
  index: { min: null, max: null },
};

/**
 * The values an indicator can take: its declared `domain`, else what its unit allows (days,
 * counts and places ≥ 0; years 0–150; per 100 000 up to 100 000; percent 0–100; share 0–1;
 * an index and money unbounded). Observations outside it are refused; forecasts are clamped to it.
 */
export function domainOf(indicator: Indicator): Domain {
  const byUnit = UNIT_DOMAIN[indicator.unit];
  return { min: indicator.domain?.min ?? byUnit.min, max: indicator.domain?.max ?? byUnit.max };
}

/** `x` moved inside the domain. */
export function clamp(x: number, domain: Domain): number {
  if (domain.min !== null && x < domain.min) return domain.min;
  if (domain.max !== null && x > domain.max) return domain.max;
  return x;
}

/** The baseline and where it comes from, or the measurement saying why there is none. */
export type ResolvedBaseline =
  | { readonly ok: true; readonly baseline: BaselineValue; readonly t: number; readonly point: SeriesPoint | undefined }
  | { readonly ok: false; readonly measurement: Measurement };

/** The parts of a target that state its baseline. */
export interface BaselineStatement {
  readonly baseline?: string | undefined;
  readonly baselineValue?: number | undefined;
}

/**
 * The baseline of a target, in this order: the value the target states (`baselineValue`, at its
 * `baseline` period or the policy's); the value of the period it states (`baseline`); else the
 * plan's baseline policy (by default the last point at or before the plan's start year). Never
 * "the earliest point loaded": loading older history cannot move it.
 */
export function resolveBaseline(points: readonly SeriesPoint[], stated: BaselineStatement, options: AssessOptions, domain: Domain): ResolvedBaseline {
  const policy = options.baselinePolicy;
  if (points.length === 0) return { ok: false, measurement: insufficient("no_observations", "Ingen observasjoner.", "No observations.", [], domain) };
  const midpoint = (period: string) => periodMidpoint(parsePeriod(period));
  if (stated.baselineValue !== undefined) {
    const period = stated.baseline ?? policy.period;
    const point = points.find((p) => p.period === period);
    return { ok: true, baseline: { value: stated.baselineValue, period, basis: "stated" }, t: point?.t ?? midpoint(period), point };
  }
  if (stated.baseline !== undefined) {
    const point = points.find((p) => p.period === stated.baseline);
    if (!point)
      return {
        ok: false,
        measurement: insufficient(
          "no_baseline",
          `Mangler verdi for utgangsperioden ${stated.baseline}, som målet oppgir.`,
          `No value for the baseline period ${stated.baseline} the target states.`,
          [],
          domain,
        ),
      };
    return { ok: true, baseline: { value: point.value, period: point.period, basis: "statedPeriod" }, t: point.t, point };
  }
  const bounds = periodBounds(parsePeriod(policy.period));
  const point =
    policy.kind === "lastAtOrBefore"
      ? lastWhere(points, (p) => periodBounds(parsePeriod(p.period)).end <= bounds.end)
      : points.find((p) => periodBounds(parsePeriod(p.period)).start >= bounds.start);
  if (!point) {
    const rule =
      policy.kind === "lastAtOrBefore"
        ? { nb: `siste måling til og med ${policy.period}`, en: `the last value at or before ${policy.period}` }
        : { nb: `første måling fra og med ${policy.period}`, en: `the first value from ${policy.period} on` };
    return {
      ok: false,
      measurement: insufficient(
        "no_baseline",
        `Målet oppgir ikke utgangsnivå, og planens regel (${rule.nb}) finner ingen måling.`,
        `The target states no baseline, and the plan's rule (${rule.en}) finds no value.`,
        [],
        domain,
      ),
    };
  }
  return { ok: true, baseline: { value: point.value, period: point.period, basis: "policy" }, t: point.t, point };
}

function lastWhere<T>(xs: readonly T[], test: (x: T) => boolean): T | undefined {
  for (let i = xs.length - 1; i >= 0; i--) if (test(xs[i]!)) return xs[i];
  return undefined;
}

/** The line both the trend and the forecast come from, fitted with the configured method. */
export function fit(points: readonly SeriesPoint[], options: AssessOptions): { slope: number; intercept: number } | null {
  if (points.length < Math.max(2, options.minPointsForTrend)) return null;
  const t = points.map((p) => p.t);
  const v = points.map((p) => p.value);
  return fitLine(t, v, options.forecastMethod === "timeWeightedLeastSquares" ? timeWeights(t, options.halfLifeYears) : undefined);
}

/** Slope per year from the fit, and whether it points the preferred way. */
export function trendOf(points: readonly SeriesPoint[], direction: Direction, options: AssessOptions): Trend | null {
  const line = fit(points, options);
  if (!line) return null;
  const improving = direction === "decrease" ? line.slope < 0 : line.slope > 0;
  return { slopePerYear: line.slope, improving, points: points.length, method: options.forecastMethod === "lastValue" ? "linearLeastSquares" : options.forecastMethod };
}

/** The forecast at time `at` from the same fit, clamped to the domain. */
export function forecastOf(
  points: readonly SeriesPoint[],
  at: number,
  options: AssessOptions,
  domain: Domain,
  meets: (v: number) => boolean,
): Forecast | null {
  const line = fit(points, options);
  if (!line) return null;
  const raw = options.forecastMethod === "lastValue" ? points.at(-1)!.value : finiteOrNull(line.intercept + line.slope * at);
  if (raw === null) return null;
  const value = clamp(raw, domain);
  return { value, at, method: options.forecastMethod, meets: meets(value), unclamped: raw, clamped: value !== raw };
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

/** The series points, in time order, as given. */
export function pointsOf(series: Series): readonly SeriesPoint[] {
  return series.points;
}

/** The period kinds whose figures are comparable with each reporting period: itself, and coarser ones made of whole such periods. */
const COMPARABLE: Readonly<Record<NonNullable<Indicator["reportingPeriod"]>, readonly string[]>> = {
  month: ["month", "quarter", "tertial", "half", "year"],
  quarter: ["quarter", "half", "year"],
  tertial: ["tertial", "year"],
  half: ["half", "year"],
  year: ["year"],
  schoolYear: ["schoolYear"],
};

/** Whether a period's figure belongs on the indicator's trajectory (always, when it declares no reporting period). */
export function comparableWith(period: string, indicator: Indicator): boolean {
  return indicator.reportingPeriod === undefined || COMPARABLE[indicator.reportingPeriod].includes(parsePeriod(period).kind);
}

/** Whether the latest point is final: not provisional, and of the reporting period or a coarser one made of whole such periods. */
export function finalityOf(point: SeriesPoint, indicator: Indicator): Finality {
  if (point.observations.some((o) => o.provisional)) return { final: false, reason: "provisional" };
  if (!comparableWith(point.period, indicator)) return { final: false, reason: "not_reporting_period" };
  return { final: true, reason: null };
}

/** Whether the deadline has passed as of the date, and whether a point falls inside the deadline year. */
export function deadlineState(deadline: Deadline, points: readonly SeriesPoint[], asOf: string): Measurement["deadline"] {
  if (deadline.kind !== "year") return { passed: false, hasData: false };
  const first = `${deadline.year}-01-01`;
  const last = `${deadline.year}-12-31`;
  const hasData = points.some((p) => {
    const b = periodBounds(parsePeriod(p.period));
    return b.start >= first && b.end <= last;
  });
  return { passed: asOf > last, hasData };
}

/**
 * The change since the baseline and whether it is clear of noise: intervals that do not overlap
 * when both points carry one; else the indicator's minimum meaningful change; else, for kinds
 * with no stated size (direction, gap), `defaultRelativeNoise` × |baseline|; else any non-zero
 * change is clear (`exact`: the figures are taken as exact).
 */
export function changeOf(
  latest: SeriesPoint,
  baseline: BaselineValue,
  baselinePoint: SeriesPoint | undefined,
  sign: 1 | -1,
  indicator: Indicator,
  options: AssessOptions,
  sized: boolean,
): Change | null {
  const value = latest.value - baseline.value;
  // Values near the float limits can differ by more than a float holds: no change to report.
  if (!Number.isFinite(value)) return null;
  const preferred = sign * value;
  const a = latest.interval;
  const b = baselinePoint?.interval;
  if (a && b && baseline.basis !== "stated") {
    const clear = a.lower > b.upper || a.upper < b.lower;
    return { value, preferred, clear, threshold: Math.max(0, Math.max(a.lower, b.lower) - Math.min(a.upper, b.upper)), basis: "interval" };
  }
  if (indicator.minimumMeaningfulChange !== undefined) {
    const threshold = indicator.minimumMeaningfulChange;
    return { value, preferred, clear: Math.abs(value) >= threshold, threshold, basis: "minimumMeaningfulChange" };
  }
  if (sized) return { value, preferred, clear: value !== 0, threshold: 0, basis: "exact" };
  const threshold = options.defaultRelativeNoise * Math.abs(baseline.value);
  return { value, preferred, clear: Math.abs(value) > threshold, threshold, basis: "defaultRelative" };
}

/** The interim milestones, each checked against the value of its own period. */
export function milestonesOf(target: Target, points: readonly SeriesPoint[], sign: 1 | -1, asOf: string): readonly MilestoneCheck[] {
  return (target.milestones ?? []).map((m) => {
    const due = periodBounds(parsePeriod(m.period)).end <= asOf;
    const point = points.find((p) => p.period === m.period);
    if (!due) return { period: m.period, value: m.value, observed: point?.value ?? null, state: "pending" };
    if (!point) return { period: m.period, value: m.value, observed: null, state: "noData" };
    return { period: m.period, value: m.value, observed: point.value, state: sign * (point.value - m.value) >= 0 ? "met" : "missed" };
  });
}

/** Sub-annual series: the latest value against the same period a year earlier. */
export function yearOnYearOf(points: readonly SeriesPoint[]): Measurement["yearOnYear"] {
  const latest = points.at(-1);
  if (!latest) return null;
  const p = parsePeriod(latest.period);
  if (p.kind !== "month" && p.kind !== "quarter" && p.kind !== "tertial" && p.kind !== "half") return null;
  const before = formatPeriod({ ...p, year: p.year - 1 });
  const earlier = points.find((q) => q.period === before);
  return earlier ? { period: before, value: earlier.value, change: latest.value - earlier.value } : null;
}

/** What a measurement needs once the series, baseline and target are known. */
export interface Judged {
  readonly target: Target;
  readonly indicator: Indicator;
  /** Every point up to the date, in time order (history before the baseline included). */
  readonly points: readonly SeriesPoint[];
  readonly direction: Direction;
  /** The value that meets the target; `null` when the kind has none (direction, noDecline). */
  readonly targetValue: number | null;
  /** Whether a value meets the target. */
  readonly meets: (value: number) => boolean;
  /**
   * The baseline → target distance when the kind knows it exactly (capacity: the increase),
   * rather than `targetValue − baseline`, which loses small increases on large baselines.
   */
  readonly distance?: number;
  readonly baseline: ResolvedBaseline;
  readonly domain: Domain;
  readonly options: AssessOptions;
  /** Override of `met` (noDecline looks at every point since the baseline; direction at the change). */
  readonly met?: (latest: SeriesPoint, since: readonly SeriesPoint[], change: Change | null) => boolean;
}

/**
 * Builds the measurement of a series against a target. Only the baseline and the points after
 * it count: older history is never fitted, so loading it cannot change a verdict. With no
 * point after the baseline (or no baseline) the measurement is insufficient (`too_few_points`
 * or `no_baseline`) but still carries the latest value, whether it meets the target and
 * whether it is final — so a rule can call a final value that meets a threshold achieved.
 */
export function judge(j: Judged): Measurement {
  const { options, domain } = j;
  const latest = j.points.at(-1);
  const deadline = deadlineState(j.target.deadline, j.points, options.asOf);
  if (!latest) return { ...insufficient("no_observations", "Ingen observasjoner.", "No observations.", [], domain), deadline };
  const sign: 1 | -1 = j.direction === "decrease" ? -1 : 1;
  const b = j.baseline.ok ? j.baseline : null;
  const since = b ? j.points.filter((p) => p.t > b.t) : [];
  const fitted = b ? [...(b.point ? [b.point] : []), ...since] : [];
  const change = b && since.length > 0 ? changeOf(latest, b.baseline, b.point, sign, j.indicator, options, j.targetValue !== null) : null;
  const metLatest = j.met ? j.met(latest, since, change) : meetsWithInterval(latest, j.meets);
  const gap = j.targetValue === null ? null : finiteOrNull(-sign * (latest.value - j.targetValue));
  const at = deadlineTime(j.target.deadline, options);
  let progress: number | null = null;
  let pace: Pace | null = null;
  if (b && j.targetValue !== null && since.length > 0) {
    const distance = j.distance ?? j.targetValue - b.baseline.value;
    if (distance !== 0) progress = finiteOrNull((sign * (latest.value - b.baseline.value)) / Math.abs(distance));
    if (sign * distance > 0 && progress !== null && at > b.t) {
      const required = Math.min(1, Math.max(0, (latest.t - b.t) / (at - b.t)));
      pace = { observed: progress, required, ratio: required > 0 ? finiteOrNull(progress / required) : null };
    }
  }
  const insufficientData: InsufficientData | null = deadline.passed && !deadline.hasData
    ? {
        code: "no_data_for_deadline",
        explanation: {
          nb: `Fristen (${deadlineLabel(j.target.deadline)}) er ute, men det finnes ingen verdi for friståret å dømme etter.`,
          en: `The deadline (${deadlineLabel(j.target.deadline)}) has passed, but there is no value for the deadline year to judge by.`,
        },
      }
    : !j.baseline.ok
    ? j.baseline.measurement.insufficient
    : since.length === 0
      ? { code: "too_few_points", explanation: { nb: "Trenger minst én måling etter utgangsnivået for å si noe om utviklingen.", en: "Needs at least one value after the baseline to say anything about progress." } }
      : null;
  return {
    value: latest.value,
    valuePeriod: latest.period,
    baseline: b ? b.baseline : null,
    targetValue: j.targetValue === null ? null : finiteOrNull(j.targetValue),
    met: metLatest,
    gap,
    progress,
    pace,
    change,
    trend: trendOf(fitted, j.direction, options),
    forecast: forecastOf(fitted, at, options, domain, j.meets),
    domain,
    finality: finalityOf(latest, j.indicator),
    deadline,
    milestones: milestonesOf(j.target, j.points, sign, options.asOf),
    yearOnYear: yearOnYearOf(j.points),
    insufficient: insufficientData,
    used: b ? (since.length > 0 ? fitted : [latest]) : [latest],
  };
}

/** A value meets the target only when its whole confidence interval does. */
export function meetsWithInterval(point: SeriesPoint, meets: (v: number) => boolean): boolean {
  if (!meets(point.value)) return false;
  return point.interval ? meets(point.interval.lower) && meets(point.interval.upper) : true;
}

function deadlineLabel(deadline: Deadline): string {
  return deadline.kind === "year" ? String(deadline.year) : "";
}
