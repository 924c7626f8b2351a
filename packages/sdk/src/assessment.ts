import type { BaselinePolicy, Indicator, LocalizedText, Target, TargetKind, TargetOfKind } from "@opptrapping/core";

/** Where a goal stands. `insufficientData` is explicit: never a NaN in disguise. */
export type Status = "achieved" | "onTrack" | "atRisk" | "offTrack" | "insufficientData";
/** Every status, from best to unknown. */
export const STATUSES = ["achieved", "onTrack", "atRisk", "offTrack", "insufficientData"] as const satisfies readonly Status[];

/** Traffic-light colour of a status (`grey` when there is too little data). */
export type Colour = "green" | "yellow" | "red" | "grey";
/** Every colour. */
export const COLOURS = ["green", "yellow", "red", "grey"] as const satisfies readonly Colour[];

/** Text in bokmål and English, as every explanation carries. */
export interface Explanation {
  readonly nb: string;
  readonly en: string;
}

/** The observation behind a series point, enough to cite it. */
export interface ObservationRef {
  readonly indicatorId: string;
  readonly period: string;
  readonly orgUnit: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly value: number;
  readonly provisional: boolean;
}

/** A confidence interval around a value (survey and register estimates). */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
  /** Confidence level, e.g. `0.95`, where the source gives it. */
  readonly level: number | null;
}

/** One value of a series: a period, its position in time and the observations behind it. */
export interface SeriesPoint {
  /** Canonical period string. */
  readonly period: string;
  /** Midpoint of the period as a fractional year (see `periodMidpoint` in core). */
  readonly t: number;
  readonly value: number;
  /** Numerator/denominator/count behind the value, when known. */
  readonly count?: number;
  /** The confidence interval of the value, when the observation carries one. */
  readonly interval?: Interval;
  readonly observations: readonly ObservationRef[];
}

/** A time series for one target: one indicator, one slice, one org unit; sorted by period. */
export interface Series {
  readonly indicatorId: string;
  readonly orgUnit: string;
  readonly filter: Readonly<Record<string, string>>;
  readonly points: readonly SeriesPoint[];
}

/** How a forecast was made. */
export type ForecastMethod = "linearLeastSquares" | "timeWeightedLeastSquares" | "lastValue";

/**
 * Slope of the series per year, and whether it points the preferred way. It comes from the
 * same fit as the {@link Forecast} (`method`), so the two never disagree.
 */
export interface Trend {
  readonly slopePerYear: number;
  readonly improving: boolean;
  /** How many points the slope is fitted on. */
  readonly points: number;
  /** The fit the slope comes from (`lastValue` forecasts take their trend from ordinary least squares). */
  readonly method: ForecastMethod;
}

/** The values an indicator (or a derived series such as a gap) can take; `null` is unbounded. */
export interface Domain {
  readonly min: number | null;
  readonly max: number | null;
}

/** The value the series is expected to have at the deadline. */
export interface Forecast {
  /** The forecast, inside the indicator's domain. */
  readonly value: number;
  /** The fractional year forecast for (the deadline's end, or the horizon for long-run targets). */
  readonly at: number;
  readonly method: ForecastMethod;
  /** Whether the forecast value meets the target. */
  readonly meets: boolean;
  /** The straight-line value before clamping; equals `value` unless `clamped`. */
  readonly unclamped: number;
  /** Whether the line ran out of the domain (a negative wait, coverage over 100 %) and was clamped. */
  readonly clamped: boolean;
}

/**
 * Progress against the path: how much of the baseline → target distance the latest value has
 * covered, against how much a straight path from the baseline to the target at the deadline
 * would have covered by then. Open SDG's and ESCAP's idea, in distance rather than growth.
 */
export interface Pace {
  /** Share of the distance covered, signed: negative when the series moved the wrong way. */
  readonly observed: number;
  /** Share of the distance the straight path requires by the latest value's time (0–1). */
  readonly required: number;
  /** `observed / required`; `null` when nothing is required yet (the latest value is the baseline's time). */
  readonly ratio: number | null;
}

/** The change since the baseline, and whether it is larger than the indicator's noise. */
export interface Change {
  /** Latest value − baseline value, in the indicator's unit. */
  readonly value: number;
  /** `value` signed so that positive is the preferred direction. */
  readonly preferred: number;
  /**
   * Whether the change is clear: with disjoint confidence intervals (`interval`), at least the
   * indicator's minimum meaningful change, larger than the default share of the baseline
   * (`defaultRelative`, for targets with no stated size), or else any non-zero change (`exact`).
   */
  readonly clear: boolean;
  /** The smallest change counted as clear, in the indicator's unit. */
  readonly threshold: number;
  /** Where `threshold` comes from. */
  readonly basis: "minimumMeaningfulChange" | "interval" | "defaultRelative" | "exact";
}

/** Whether the latest value can decide achievement (final data for the reporting period). */
export interface Finality {
  /** `true` when the latest value is final (not provisional) and of the indicator's reporting period. */
  readonly final: boolean;
  /** Why not, when not. */
  readonly reason: "provisional" | "not_reporting_period" | null;
}

/** An interim milestone of the target and what the data says of it. */
export interface MilestoneCheck {
  readonly period: string;
  /** The value the milestone asks for. */
  readonly value: number;
  /** The observed value for the milestone's period, where there is one. */
  readonly observed: number | null;
  /** `pending`: not yet due as of the date; `noData`: due but no value for its period. */
  readonly state: "met" | "missed" | "noData" | "pending";
}

/** Where the baseline comes from. */
export type BaselineBasis = "stated" | "statedPeriod" | "policy";

/** The baseline a measurement is judged from. */
export interface BaselineValue {
  readonly value: number;
  readonly period: string;
  /** `stated`: value given by the target; `statedPeriod`: the target's period, value from data; `policy`: the plan's baseline policy chose it. */
  readonly basis: BaselineBasis;
}

/** Why a target cannot be assessed. */
export interface InsufficientData {
  readonly code:
    | "no_observations"
    | "too_few_points"
    | "no_baseline"
    | "zero_denominator"
    | "no_reference"
    | "not_measurable"
    | "no_data_for_deadline"
    | "no_national_data"
    | "no_comparable_observations";
  readonly explanation: Explanation;
}

/**
 * What an assessor works out from a series, before a status rule judges it. Every number is
 * finite or `null`; never NaN or Infinity.
 */
export interface Measurement {
  /** The latest value at or before `asOf`, and its period. */
  readonly value: number | null;
  readonly valuePeriod: string | null;
  readonly baseline: BaselineValue | null;
  /** The value that meets the target (the threshold, baseline × (1 + change), …). */
  readonly targetValue: number | null;
  /** Whether the latest value meets the target. */
  readonly met: boolean | null;
  /** Distance still to go, in the indicator's unit, in the preferred direction; ≤ 0 when met. */
  readonly gap: number | null;
  /**
   * Share of the baseline → target distance covered (0 at baseline, 1 at target), signed by the
   * preferred direction: negative when the series moved the wrong way, on whichever side of
   * the target the baseline sits.
   */
  readonly progress: number | null;
  /** Observed progress against the progress the straight path requires by now. */
  readonly pace: Pace | null;
  /** Change since the baseline and whether it is clear of noise. */
  readonly change: Change | null;
  readonly trend: Trend | null;
  readonly forecast: Forecast | null;
  /** The domain forecasts are clamped to. */
  readonly domain: Domain;
  /** Whether the latest value is final for the indicator's reporting period. */
  readonly finality: Finality | null;
  /** Whether the deadline has passed as of the date, and whether there is data for the deadline period. */
  readonly deadline: { readonly passed: boolean; readonly hasData: boolean };
  /** The target's interim milestones, checked against the data. */
  readonly milestones: readonly MilestoneCheck[];
  /** Sub-annual series: the latest value against the same period a year earlier (seasonality). */
  readonly yearOnYear: { readonly period: string; readonly value: number; readonly change: number } | null;
  /** Set when the target cannot be assessed, with the reason. */
  readonly insufficient: InsufficientData | null;
  /** The series points the measurement used. */
  readonly used: readonly SeriesPoint[];
}

/** Options that shape how assessors measure. */
export interface AssessOptions {
  /** ISO date (`2026-01-31`): observations of periods ending after it are ignored. */
  readonly asOf: string;
  /**
   * Forecast method.
   * @default "linearLeastSquares"
   */
  readonly forecastMethod: ForecastMethod;
  /**
   * Fewest points for a trend and a forecast.
   * @default 2
   */
  readonly minPointsForTrend: number;
  /**
   * The year a long-run target is forecast for (it has no deadline of its own).
   * @default 2033 (the end of the plan period)
   */
  readonly longRunHorizon: number;
  /**
   * Half-life in years of the time-weighted forecast: a point this much older weighs half.
   * @default 2
   */
  readonly halfLifeYears: number;
  /**
   * How a target that names no baseline gets one.
   * @default the plan's `baselinePolicy`, else the last observation at or before the plan's start year (2023)
   */
  readonly baselinePolicy: BaselinePolicy;
  /**
   * Without a declared minimum meaningful change or confidence interval, a change smaller than
   * this share of the baseline's magnitude is "no clear change".
   * @default 0.01
   */
  readonly defaultRelativeNoise: number;
}

/** What an assessor gets: the target, its indicator(s) and series, and the options. */
export interface AssessorInput<T extends Target = Target> {
  readonly target: T;
  readonly indicator: Indicator;
  readonly series: Series;
  /** The reference indicator and series of `gap` and `growthExceeds` targets. */
  readonly reference?: { readonly indicator: Indicator; readonly series: Series };
  readonly options: AssessOptions;
}

/**
 * Extension point: measures one kind of target. Built-ins cover all eight kinds; a plugin may
 * replace one only by leaving the built-in out of its toolkit.
 */
export interface TargetAssessor<K extends TargetKind = TargetKind> {
  /** The target kind this assessor handles. */
  readonly kind: K;
  /** Works out the measurement. Must be pure and deterministic, and never return NaN. */
  assess(input: AssessorInput<TargetOfKind<K>>): Measurement;
}

/** An assessor of any kind. */
export type AnyTargetAssessor = { [K in TargetKind]: TargetAssessor<K> }[TargetKind];

/** What a status rule sees. */
export interface StatusRuleInput {
  readonly target: Target;
  readonly indicator: Indicator;
  readonly measurement: Measurement;
  readonly options: AssessOptions;
}

/** A status rule's verdict. */
export interface Verdict {
  readonly status: Status;
  readonly colour: Colour;
  /** One sentence on why, in bokmål and English. */
  readonly reason: Explanation;
}

/**
 * Extension point: turns a measurement into a status and a colour. Every rule keeps the
 * evidence rules (checked by the conformance kit): no verdict but `insufficientData` when the
 * measurement says it is insufficient, and never `achieved` on a value that does not meet the
 * target or is not final.
 */
export interface StatusRule {
  /** Unique id, e.g. `"default"`, `"bands"`. */
  readonly id: string;
  readonly title?: LocalizedText;
  /**
   * The fit this rule's trend and forecast come from, unless the caller sets `forecastMethod`.
   * @default "linearLeastSquares"
   */
  readonly method?: ForecastMethod;
  decide(input: StatusRuleInput): Verdict;
}

/** The full assessment of one target as of a date. */
export interface Assessment extends Measurement, Verdict {
  readonly targetId: string;
  readonly kind: TargetKind;
  readonly indicatorId: string;
  readonly asOf: string;
  /** The status rule that judged it. */
  readonly rule: string;
  /**
   * The break in the indicator's series the assessment starts from, when there is one at or
   * before the date: only points from it on are used, and the first is the baseline.
   */
  readonly seriesBreak: { readonly period: string; readonly note: string } | null;
  /**
   * Figures left off the trajectory because their period is not comparable with the indicator's
   * reporting period (June–December against whole years, a month against tertials).
   */
  readonly notComparable: readonly { readonly period: string; readonly value: number }[];
  /** Plain-language explanation naming the observations used. */
  readonly explanation: Explanation;
}
