import { OpptrappingError } from "@opptrapping/core";

/**
 * Why a record was rejected, or the options refused:
 *
 * - `invalid_date`: a date is neither a day number nor an ISO date, or lies outside 1900–2199.
 * - `missing_received`: no date received.
 * - `start_before_referral`: care started before the referral was received.
 * - `wait_too_long`: a wait longer than `maxWaitDays` (default 1826 days, 5 years).
 * - `unknown_service`: a service code that is not a key of the limits.
 * - `missing_field`: a field the results are grouped by is missing.
 * - `invalid_age`: an age that is not a whole number 0–130 (only when grouped by age band).
 * - `after_as_of`: a date after the extraction date `asOf`.
 * - codes of a file reader (e.g. `ragged_row`) for lines that could not be read.
 * - `invalid_options`: the options themselves are wrong (always thrown).
 *
 * @example
 * ```ts
 * import type { WaitingTimeErrorCode } from "@opptrapping/indicators";
 * const code: WaitingTimeErrorCode = "start_before_referral";
 * ```
 */
export type WaitingTimeErrorCode =
  | "invalid_date"
  | "missing_received"
  | "start_before_referral"
  | "wait_too_long"
  | "unknown_service"
  | "missing_field"
  | "invalid_age"
  | "after_as_of"
  | "invalid_options"
  | "invalid_org_unit"
  | (string & {});

/**
 * Thrown by the waiting-time calculator for bad options, and in strict mode at the first bad
 * record: `code` says what, `line` (or `record`) where.
 *
 * @example
 * ```ts
 * import { WaitingTimeError, waitingTimeStats } from "@opptrapping/indicators";
 * try {
 *   waitingTimeStats([{ service: "PHBU", received: "2025-02-01", started: "2025-01-01", line: 7 }], { groupBy: [], period: "month", mode: "strict" });
 * } catch (e) {
 *   if (e instanceof WaitingTimeError) console.error(e.code, e.line); // start_before_referral 7
 * }
 * ```
 */
export class WaitingTimeError extends OpptrappingError {
  declare readonly code: WaitingTimeErrorCode;
  /** The line of the source file, when known. */
  readonly line: number | undefined;
  /** The record's number among those added (1-based), when no line was given. */
  readonly record: number | undefined;
  constructor(code: WaitingTimeErrorCode, message: string, where: { readonly line?: number | undefined; readonly record?: number | undefined } = {}) {
    const path = where.line !== undefined ? ["line", where.line] : where.record !== undefined ? ["record", where.record] : [];
    const at = where.line !== undefined ? ` (line ${where.line})` : where.record !== undefined ? ` (record ${where.record})` : "";
    super(code, `${message}${at}`, path);
    this.line = where.line;
    this.record = where.record;
  }
}
