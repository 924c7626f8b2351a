import type { Issue } from "@opptrapping/core";

/**
 * One referral (henvisning) as the waiting-time calculator reads it: the service, where and
 * who, the day the hospital received it and the day care started (`null` while still waiting).
 * Dates are day numbers (days since 1970-01-01, as core's `dayNumber` gives) or ISO dates
 * `YYYY-MM-DD`. `line` is where the record came from in a file, used in issues.
 *
 * @example
 * ```ts
 * import type { WaitingRecord } from "@opptrapping/indicators";
 * const r: WaitingRecord = { service: "PHBU", rhf: "rhf-vest", received: "2025-01-06", started: "2025-02-10" };
 * ```
 */
export interface WaitingRecord {
  /** Service code (tjenesteområde), e.g. `PHBU`, `PHV`, `TSB`; must be a key of the limits. */
  readonly service: string;
  /** Regional health authority (RHF): an id such as `rhf-vest`, or a name. */
  readonly rhf?: string | undefined;
  /** Health trust (HF): an id such as `hf-bergen`, or a name. */
  readonly hf?: string | undefined;
  /** Municipality number, four digits (`0301`). */
  readonly municipality?: string | undefined;
  /** Sex (kjønn) as coded in the source, e.g. `K`/`M`. */
  readonly sex?: string | undefined;
  /** Age in whole years at referral (a number, or digits as text). */
  readonly age?: number | string | null | undefined;
  /** The day the referral was received (henvisning mottatt). */
  readonly received: number | string;
  /** The day care started (helsehjelp påbegynt); `null` while still waiting. */
  readonly started: number | string | null;
  /** The line of the source file, for issues. */
  readonly line?: number | undefined;
}

/**
 * What results can be grouped by. `ageBand` groups by age band (see {@link WaitingTimeOptions.ageBands}).
 *
 * @example
 * ```ts
 * import type { WaitingGroupField } from "@opptrapping/indicators";
 * const by: WaitingGroupField[] = ["service", "rhf"];
 * ```
 */
export type WaitingGroupField = "service" | "rhf" | "hf" | "municipality" | "sex" | "ageBand";

/**
 * The period results are given per, by the day care started: `month` (preliminary figures),
 * `tertial` (the official ones: T1 January–April, T2 May–August, T3 September–December) or `year`.
 *
 * @example
 * ```ts
 * import type { WaitingPeriod } from "@opptrapping/indicators";
 * const official: WaitingPeriod = "tertial";
 * ```
 */
export type WaitingPeriod = "month" | "tertial" | "year";

/**
 * Options of {@link waitingTimeStats} and {@link createWaitingTimeAccumulator}.
 *
 * @example
 * ```ts
 * import type { WaitingTimeOptions } from "@opptrapping/indicators";
 * const o: WaitingTimeOptions = { groupBy: ["service", "rhf"], period: "tertial", limits: { PHBU: 35 } };
 * ```
 */
export interface WaitingTimeOptions {
  /** Fields to group by, in this order (also the sort order of the rows). `[]` gives one total. */
  readonly groupBy: readonly WaitingGroupField[];
  /** Period of the results, by the day care started. */
  readonly period: WaitingPeriod;
  /**
   * The limit in days per service code, as a number (compared with `limitComparator`) or as
   * `{ days, comparator }`. Merged over the defaults PHBU 35, PHV 40, TSB 30 (the plan's
   * long-run limits); the keys are the known service codes, so a record of any other service
   * is rejected (`unknown_service`). {@link waitingLimitsFromTargets} reads them, comparator
   * included, from a plan's threshold targets.
   */
  readonly limits?: Readonly<Record<string, number | WaitingLimit>>;
  /**
   * How a wait is compared with a limit given as a number: `"<"` — within when `days < limit`,
   * so with the plan's `< 35` a wait of 35 days is **not** within; `"<="` — within when
   * `days ≤ limit`. @default "<" (the comparator of the plan's own waiting-time targets)
   */
  readonly limitComparator?: "<" | "<=";
  /** Longest plausible wait in days; longer ones are rejected (`wait_too_long`). @default 1826 (5 years) */
  readonly maxWaitDays?: number;
  /**
   * Lower bounds of the age bands, ascending from 0; each band runs to the next bound minus one,
   * the last is open. The default `[0, 13, 18, 26, 40, 67]` gives `0-12`, `13-17` (children and
   * youth: PHBU's patients are under 18), `18-25` (young adults: no co-payment in PHV and TSB
   * up to 26), `26-39`, `40-66` and `67+`.
   */
  readonly ageBands?: readonly number[];
  /**
   * The extraction date (uttaksdato), an ISO date or day number: a record dated later is
   * rejected (`after_as_of`), and rows run up to the period containing it. Without it, rows
   * run up to the period of the latest date in the data.
   */
  readonly asOf?: string | number;
  /** `strict` throws a {@link WaitingTimeError} at the first bad record; `lenient` reports it in `issues`. @default "lenient" */
  readonly mode?: "strict" | "lenient";
  /** How many issues are kept in detail; all are counted in `rejected`. @default 1000 */
  readonly maxIssues?: number;
}

/**
 * A waiting-time limit with its own comparator: a wait is within when `days < days` (`"<"`) or
 * `days ≤ days` (`"<="`).
 *
 * @example
 * ```ts
 * import type { WaitingLimit } from "@opptrapping/indicators";
 * const phbu: WaitingLimit = { days: 35, comparator: "<" };
 * ```
 */
export interface WaitingLimit {
  readonly days: number;
  readonly comparator: "<" | "<=";
}

/**
 * A problem with one record or line: `code`, a message naming the field and value, `path`
 * `["line", n]` (or `["record", n]` when no line was given), and the line or record number.
 *
 * @example
 * ```ts
 * import type { WaitingTimeIssue } from "@opptrapping/indicators";
 * const i: WaitingTimeIssue = { code: "start_before_referral", message: "care started 2025-01-03, before the referral was received 2025-01-06", path: ["line", 12], line: 12 };
 * ```
 */
export interface WaitingTimeIssue extends Issue {
  /** The line of the source file, when known. */
  readonly line?: number;
  /** The record's number among those added (1-based), when no line was given. */
  readonly record?: number;
}

/**
 * One group and period of a {@link WaitingTimeResult}: completed waits with their mean,
 * median and 90th percentile, the share within the service's limit, and how many were still
 * waiting at the end of the period. Values are `null` when there are no completed waits.
 *
 * @example
 * ```ts
 * import type { WaitingTimeRow } from "@opptrapping/indicators";
 * const row: WaitingTimeRow = {
 *   group: { service: "PHBU" }, period: "2025T1", completed: 4, totalDays: 150, meanDays: 37.5,
 *   medianDays: 36, p90Days: 50, withinLimit: 2, shareWithinLimit: 0.5, limitDays: 35, limitComparator: "<", stillWaiting: 3,
 * };
 * ```
 */
export interface WaitingTimeRow {
  /** The group's values, one per `groupBy` field. */
  readonly group: Readonly<Partial<Record<WaitingGroupField, string>>>;
  /** The period, in canonical form: `2025-06`, `2025T2`, `2025`. */
  readonly period: string;
  /** Completed waits whose care started in the period (ordinært avviklede). */
  readonly completed: number;
  /** Their waiting days summed (the mean is `totalDays / completed`, exactly). */
  readonly totalDays: number;
  /** Mean wait in days: the official indicator. */
  readonly meanDays: number | null;
  /** Median wait in days, as DuckDB's `quantile_disc(0.5)`: the ⌈n·0.5⌉-th smallest. */
  readonly medianDays: number | null;
  /** 90th percentile in days, as `quantile_disc(0.9)`: the ⌈n·0.9⌉-th smallest. */
  readonly p90Days: number | null;
  /** Completed waits within their service's limit (by its comparator). */
  readonly withinLimit: number;
  /** `withinLimit / completed`, 0–1. */
  readonly shareWithinLimit: number | null;
  /** The service's limit, when grouped by service. */
  readonly limitDays: number | null;
  /** How waits were compared with `limitDays` (`"<"` or `"<="`), when grouped by service. */
  readonly limitComparator: "<" | "<=" | null;
  /** Referrals received by the period's last day whose care had not started by then (a count at that day, never a sum). */
  readonly stillWaiting: number;
}

/**
 * What {@link waitingTimeStats} computes: rows sorted by group values (in `groupBy` order),
 * then period; record counts; and the rejected records, counted by code, the first
 * `maxIssues` in detail.
 *
 * @example
 * ```ts
 * import { waitingTimeStats } from "@opptrapping/indicators";
 * const r = waitingTimeStats([{ service: "TSB", received: "2025-01-02", started: "2025-01-12" }], { groupBy: ["service"], period: "month" });
 * r.rows[0]?.meanDays; // 10
 * ```
 */
export interface WaitingTimeResult {
  readonly groupBy: readonly WaitingGroupField[];
  readonly period: WaitingPeriod;
  /** Rows with completed waits or people still waiting. */
  readonly rows: readonly WaitingTimeRow[];
  /** Records added, used (completed or waiting) and rejected. */
  readonly records: {
    readonly total: number;
    readonly completed: number;
    readonly waiting: number;
    readonly rejected: number;
  };
  /** Rejected records (and bad lines) by issue code. */
  readonly rejectedByCode: Readonly<Record<string, number>>;
  /** The first `maxIssues` issues, in the order met. */
  readonly issues: readonly WaitingTimeIssue[];
  /** `true` when there were more issues than `maxIssues`. */
  readonly issuesTruncated: boolean;
}
