import type { Issue, Observation } from "@opptrapping/core";

/**
 * Extension point: computes indicator values from observations or records (waiting times from
 * referrals, a custom index…). `I` is what it takes, `O` what it gives.
 */
export interface IndicatorCalculator<I = never, O = unknown> {
  /** Unique id, e.g. `"waitingTimes"`. */
  readonly id: string;
  readonly description?: string;
  calculate(input: I): O;
}

/** Strict mode throws on the first bad row; lenient mode reports it and goes on. */
export type ReadMode = "strict" | "lenient";

/** What an adapter read: observations, and the problems it reported in lenient mode. */
export interface AdapterReadResult {
  readonly observations: readonly Observation[];
  /** Each problem with where it is (`path` holds line/column or dimension/cell index). */
  readonly issues: readonly Issue[];
}

/**
 * Extension point: reads a data format into observations (and optionally writes it).
 * `M` is the adapter's mapping spec.
 */
export interface DataAdapter<M = never> {
  /** Format id, e.g. `"csv"`, `"json-stat"`, `"px"`. */
  readonly format: string;
  /** File name endings it reads, lower case with the dot (`[".csv", ".tsv"]`). */
  readonly extensions: readonly string[];
  read(input: string | Uint8Array, options: { readonly mapping: M; readonly mode?: ReadMode }): AdapterReadResult;
  /** Writes observations in the format; reading the output with `nativeMapping` gives them back. */
  write?(observations: readonly Observation[]): string;
  /** The mapping that reads what `write` produces (required with `write`). */
  readonly nativeMapping?: M;
}
