import { OpptrappingError } from "../errors.js";

/**
 * Why a period operation failed: `invalid_period` (a string, date or day number that is not
 * a period), `invalid_range` (a range that ends before it starts), `cannot_split` (not whole
 * months), `cannot_roll_up` (spans more than one period of the target granularity).
 *
 * @example
 * ```ts
 * import type { PeriodErrorCode } from "@opptrapping/core";
 * const code: PeriodErrorCode = "invalid_range";
 * ```
 */
export type PeriodErrorCode = "invalid_period" | "invalid_range" | "cannot_split" | "cannot_roll_up";

/**
 * Thrown by the period functions. Tell the cases apart by `code`.
 *
 * @example
 * ```ts
 * import { PeriodError, parsePeriod } from "@opptrapping/core";
 * try {
 *   parsePeriod("2025T4");
 * } catch (error) {
 *   if (error instanceof PeriodError) console.error(error.code, error.input); // invalid_period 2025T4
 * }
 * ```
 */
export class PeriodError extends OpptrappingError {
  declare readonly code: PeriodErrorCode;
  /** The offending string as given, when there is one. */
  readonly input: string | undefined;

  constructor(code: PeriodErrorCode, message: string, input?: string, options?: ErrorOptions) {
    super(code, message, [], options);
    this.input = input;
  }
}

/** Accepted forms, appended to every parse message so the reader knows what to write instead. */
export const PERIOD_FORMS =
  "forms: 2025, 2025H2, 2025T2, 2025Q3, 2025W07, 2025-06, 2025-06-15, 2024/25, and ranges like 2025-06/2025-12";

/** Quotes a user string for a message: escaped, and shortened so a huge input cannot flood a log. */
export function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return JSON.stringify(short);
}

/** Builds the `invalid_period` error for a string, naming it and listing the accepted forms. */
export function invalidPeriod(input: string, shown: string, problem: string): PeriodError {
  return new PeriodError("invalid_period", `Invalid period ${quote(shown)}: ${problem} (${PERIOD_FORMS})`, input);
}

/** A short name of a runtime type for messages: `number`, `null`, `array`, `Date`… */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (value instanceof Date) return "Date";
  return typeof value;
}
