import type { UnitCoverage } from "./unitCoverage.js";

/**
 * An observation that was not used because it has no value, with where it was and why.
 *
 * @example
 * ```ts
 * import type { ExcludedInput } from "@opptrapping/indicators";
 * const e: ExcludedInput = { period: "2025-03", orgUnit: "4601", reason: "suppressed" };
 * ```
 */
export interface ExcludedInput {
  readonly period: string;
  readonly orgUnit: string;
  /** `suppressed` (prikket, withheld for privacy) or `missing` (no value reported). */
  readonly reason: "missing" | "suppressed";
  /** The count the source still gave for it (FHI and SSB suppress the value, not the population). */
  readonly count?: number;
  /** The numerator the source still gave, if any. */
  readonly numerator?: number;
  /** The denominator (population) the source still gave. */
  readonly denominator?: number;
}

/**
 * The result of an aggregation (aggregert verdi): the value, the parts it was built from when
 * they can be carried on (`count`, `numerator`, `denominator`), and how much of the data it rests on.
 *
 * @example
 * ```ts
 * import type { AggregateResult } from "@opptrapping/indicators";
 * const r: AggregateResult = {
 *   value: 37.5, count: 400, period: "2025T1", orgUnit: "rhf-vest", dimensions: { service: "PHBU" },
 *   inputs: 2, excluded: [], complete: true, provisional: false, coverage: 1,
 * };
 * ```
 */
export interface AggregateResult {
  /** The aggregated value; `null` when there is no data or the denominator is zero (see `reason`). */
  readonly value: number | null;
  /** Cases behind a mean (summed), or the count carried by the inputs. */
  readonly count?: number;
  /** Σ numerators (proportion) or Σ events (rate). */
  readonly numerator?: number;
  /** Σ denominators (proportion), or the population (rate: summed across units, time-weighted mean over time). */
  readonly denominator?: number;
  /** The target period, in canonical form. */
  readonly period: string;
  /** The target org unit id. */
  readonly orgUnit: string;
  /** The disaggregation values shared by every input. */
  readonly dimensions: Readonly<Record<string, string>>;
  /** How many observations with a value went in. */
  readonly inputs: number;
  /** Observations left out because their value is null, sorted by period then org unit. */
  readonly excluded: readonly ExcludedInput[];
  /** `false` when any input was missing or suppressed. */
  readonly complete: boolean;
  /** `true` when an input that determines the value is provisional (foreløpig). */
  readonly provisional: boolean;
  /**
   * Share (0–1) of the target period covered by inputs with data: counted in months, or in
   * days when the target or an input is day-level.
   */
  readonly coverage: number;
  /** Why `value` is null: the denominator (or the sum of counts) is zero, or no input had a value. */
  readonly reason?: "zero_denominator" | "no_data";
  /**
   * How many of the expected units the value rests on, when the caller said which units to
   * expect (`expected` in the across-units options).
   */
  readonly units?: UnitCoverage;
}

/**
 * The granularities {@link rollUp} rolls observations up to.
 *
 * @example
 * ```ts
 * import type { RollUpGranularity } from "@opptrapping/indicators";
 * const g: RollUpGranularity = "tertial";
 * ```
 */
export type RollUpGranularity = "tertial" | "quarter" | "half" | "year";
