import { createWaitingTimeAccumulator } from "./createWaitingTimeAccumulator.js";
import type { WaitingRecord, WaitingTimeOptions, WaitingTimeResult } from "./types.js";

/**
 * Waiting times (ventetider) from record-level referrals, per group and period: completed
 * waits by the period their care started, with count, mean (the official indicator), median
 * and 90th percentile (exactly as DuckDB's `quantile_disc`), the share within the service's
 * limit (`days < limit` by default, the plan targets' own comparator), and how many were still waiting at the period's end. Bad records are
 * counted and listed in `issues` with their line (strict mode throws at the first). Works on
 * any iterable in one pass, holding no rows; an async iterable (a file being read) gives a
 * Promise. See {@link createWaitingTimeAccumulator} for the rules.
 *
 * @throws {WaitingTimeError} `invalid_options`; in strict mode, the first bad record.
 *
 * @example
 * ```ts
 * import { waitingTimeStats } from "@opptrapping/indicators";
 * const r = waitingTimeStats(
 *   [
 *     { service: "PHBU", rhf: "rhf-vest", received: "2025-01-06", started: "2025-02-10" },
 *     { service: "PHBU", rhf: "rhf-vest", received: "2025-01-20", started: null },
 *   ],
 *   { groupBy: ["service", "rhf"], period: "tertial" },
 * );
 * r.rows[0]; // { group: { service: "PHBU", rhf: "rhf-vest" }, period: "2025T1", completed: 1, meanDays: 35, stillWaiting: 1, … }
 * ```
 */
export function waitingTimeStats(records: Iterable<WaitingRecord>, options: WaitingTimeOptions): WaitingTimeResult;
export function waitingTimeStats(records: AsyncIterable<WaitingRecord>, options: WaitingTimeOptions): Promise<WaitingTimeResult>;
export function waitingTimeStats(
  records: Iterable<WaitingRecord> | AsyncIterable<WaitingRecord>,
  options: WaitingTimeOptions,
): WaitingTimeResult | Promise<WaitingTimeResult>;
export function waitingTimeStats(
  records: Iterable<WaitingRecord> | AsyncIterable<WaitingRecord>,
  options: WaitingTimeOptions,
): WaitingTimeResult | Promise<WaitingTimeResult> {
  const acc = createWaitingTimeAccumulator(options);
  if (records !== null && typeof records === "object" && Symbol.asyncIterator in records) {
    return (async () => {
      for await (const r of records) acc.add(r);
      return acc.result();
    })();
  }
  for (const r of records as Iterable<WaitingRecord>) acc.add(r);
  return acc.result();
}
