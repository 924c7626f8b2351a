import type { Indicator, LocalizedText, Target, TargetKind, TargetOfKind } from "@opptrapping/core";

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

/** One value of a series: a period, its position in time and the observations behind it. */
export interface SeriesPoint {
  /** Canonical period string. */
  readonly period: string;
  /** Midpoint of the period as a fractional year (see `periodMidpoint` in core). */
  readonly t: number;
  readonly value: number;
  /** Numerator/denominator/count behind the value, when known. */
  readonly count?: number;
  readonly observations: readonly ObservationRef[];
}

/** A time series for one target: one indicator, one slice, one org unit; sorted by period. */
export interface Series {
  readonly indicatorId: string;
  readonly orgUnit: string;
  readonly filter: Readonly<Record<string, string>>;
  readonly points: readonly SeriesPoint[];
}

/** Slope of the series per year, and whether it points the preferred way. */
export interface Trend {
  readonly slopePerYear: number;
  readonly improving: boolean;
  /** How many points the slope is fitted on. */
  readonly points: number;
}

/** How a forecast was made. */
export type ForecastMethod = "linearLeastSquares" | "timeWeightedLeastSquares" | "lastValue";

/** The value the series is expected to have at the deadline. */
export interface Forecast {
  readonly value: number;
  /** The fractional year forecast for (the deadline's end, or the horizon for long-run targets). */
  readonly at: number;
  readonly method: ForecastMethod;
  /** Whether the forecast value meets the target. */
  readonly meets: boolean;
}

/** Why a target cannot be assessed. */
export interface InsufficientData {
  readonly code:
    | "no_observations"
    | "too_few_points"
    | "no_baseline"
    | "zero_denominator"
    | "no_reference"
    | "not_measurable";
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
  readonly baseline: { readonly value: number; readonly period: string } | null;
  /** The value that meets the target (the threshold, baseline × (1 + change), …). */
  readonly targetValue: number | null;
  /** Whether the latest value meets the target. */
  readonly met: boolean | null;
  /** Distance still to go, in the indicator's unit, in the preferred direction; ≤ 0 when met. */
  readonly gap: number | null;
  /** Share of the baseline → target distance covered (0 at baseline, 1 at target; may exceed either). */
  readonly progress: number | null;
  readonly trend: Trend | null;
  readonly forecast: Forecast | null;
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

/** Extension point: turns a measurement into a status and a colour. */
export interface StatusRule {
  /** Unique id, e.g. `"default"`, `"bands"`. */
  readonly id: string;
  readonly title?: LocalizedText;
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
  /** Plain-language explanation naming the observations used. */
  readonly explanation: Explanation;
}
