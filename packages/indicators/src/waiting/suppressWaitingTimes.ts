import { deepFreeze } from "@opptrapping/core";
import { suppressTable, type SuppressionRule } from "../suppress/suppressTable.js";
import { WaitingTimeError } from "./WaitingTimeError.js";
import type { WaitingGroupField, WaitingTimeResult, WaitingTimeRow } from "./types.js";

/**
 * Options of {@link suppressWaitingTimes}.
 *
 * @example
 * ```ts
 * import type { WaitingSuppressionOptions } from "@opptrapping/indicators";
 * const o: WaitingSuppressionOptions = { minCount: 5, margins: ["hf"] };
 * ```
 */
export interface WaitingSuppressionOptions {
  /** A row with 1 to `minCount − 1` completed waits is suppressed (primary). @default 5 */
  readonly minCount?: number;
  /**
   * The grouping fields that published totals sum over (e.g. `["hf"]`: per-service totals
   * over all HFs are published too). Every combination is assumed published. @default every
   * `groupBy` field — the safe assumption
   */
  readonly margins?: readonly WaitingGroupField[];
}

/**
 * A row of {@link suppressWaitingTimes}' result: a {@link WaitingTimeRow} whose statistics are
 * `null` when it is suppressed, with the rule and a sentence saying why.
 *
 * @example
 * ```ts
 * import type { PublishedWaitingTimeRow } from "@opptrapping/indicators";
 * const row: PublishedWaitingTimeRow = {
 *   group: { hf: "hf-a" }, period: "2025T1", completed: null, totalDays: null, meanDays: null, medianDays: null,
 *   p90Days: null, withinLimit: null, shareWithinLimit: null, limitDays: null, limitComparator: null, stillWaiting: null,
 *   suppressed: "primary", suppressedBecause: "3 completed waits, fewer than 5",
 * };
 * ```
 */
export type PublishedWaitingTimeRow =
  | (WaitingTimeRow & { readonly suppressed: null })
  | {
      readonly [K in keyof WaitingTimeRow]: K extends "group" | "period" | "limitDays" | "limitComparator" ? WaitingTimeRow[K] : null;
    } & { readonly suppressed: SuppressionRule; readonly suppressedBecause: string };

/**
 * What {@link suppressWaitingTimes} returns: the waiting-time result with suppressed rows, and
 * what was suppressed: counts per rule and the totals that must not be published either.
 *
 * @example
 * ```ts
 * import type { PublishedWaitingTimes } from "@opptrapping/indicators";
 * declare const p: PublishedWaitingTimes;
 * p.suppression.primary; // rows hidden for having 1–4 completed waits
 * ```
 */
export interface PublishedWaitingTimes extends Omit<WaitingTimeResult, "rows"> {
  readonly rows: readonly PublishedWaitingTimeRow[];
  readonly suppression: {
    readonly minCount: number;
    readonly margins: readonly WaitingGroupField[];
    /** Rows suppressed by the primary rule. */
    readonly primary: number;
    /** Rows suppressed to protect them. */
    readonly secondary: number;
    /**
     * Totals (a group with the summed fields left out) that are themselves small or needed as
     * complements: do not publish them.
     */
    readonly suppressedTotals: readonly { readonly group: Readonly<Partial<Record<WaitingGroupField, string>>>; readonly period: string; readonly suppressed: SuppressionRule }[];
  };
}

/**
 * Makes waiting-time results safe to publish (prikking): within each period, a row with 1 to
 * `minCount − 1` completed waits is suppressed (primary), and further rows are suppressed
 * (secondary) until no suppressed row can be worked out from the published rows and the
 * totals over `margins` — see {@link suppressTable} for the method. Count, Σdays and the
 * number within the limit all add up over the same cells, so one pattern protects them all.
 * A suppressed row keeps its group, period and limit and nothing else (its statistics are
 * `null`; writers show SSB's `:`). Totals over periods (a year from its tertials) are not
 * part of the table: protect each period length you publish separately.
 *
 * @throws {WaitingTimeError} `invalid_options` for a margin that is not a grouping field.
 * @example
 * ```ts
 * import { suppressWaitingTimes, waitingTimeStats } from "@opptrapping/indicators";
 * const published = suppressWaitingTimes(waitingTimeStats(records, { groupBy: ["service", "hf"], period: "tertial" }), { minCount: 5 });
 * published.rows.filter((r) => r.suppressed !== null).map((r) => r.suppressedBecause);
 * ```
 */
export function suppressWaitingTimes(result: WaitingTimeResult, options: WaitingSuppressionOptions = {}): PublishedWaitingTimes {
  const margins = options.margins ?? result.groupBy;
  for (const m of margins) {
    if (!result.groupBy.includes(m)) {
      throw new WaitingTimeError("invalid_options", `margin ${JSON.stringify(m)} is not one of the fields the results are grouped by (${result.groupBy.join(", ") || "none"})`);
    }
  }
  const minCount = options.minCount ?? 5;
  if (!Number.isInteger(minCount) || minCount < 1) throw new WaitingTimeError("invalid_options", `minCount must be a whole number ≥ 1, got ${String(minCount)}`);
  const marginIndices = margins.map((m) => result.groupBy.indexOf(m));
  const byPeriod = new Map<string, number[]>();
  result.rows.forEach((row, i) => {
    const list = byPeriod.get(row.period);
    if (list) list.push(i);
    else byPeriod.set(row.period, [i]);
  });
  const rules: (SuppressionRule | null)[] = result.rows.map(() => null);
  const totals: PublishedWaitingTimes["suppression"]["suppressedTotals"][number][] = [];
  for (const [period, indices] of byPeriod) {
    const table = suppressTable(
      indices.map((i) => ({ key: result.groupBy.map((f) => result.rows[i]!.group[f]!), count: result.rows[i]!.completed })),
      { minCount, margins: marginIndices },
    );
    table.cells.forEach((cell, j) => (rules[indices[j]!] = cell.suppressed));
    for (const t of table.totals) {
      if (t.suppressed === null) continue;
      const group: Partial<Record<WaitingGroupField, string>> = {};
      result.groupBy.forEach((f, d) => {
        if (t.key[d] !== null) group[f] = t.key[d]!;
      });
      totals.push({ group, period, suppressed: t.suppressed });
    }
  }
  const rows = result.rows.map((row, i): PublishedWaitingTimeRow => {
    const rule = rules[i]!;
    if (rule === null) return { ...row, suppressed: null };
    return {
      group: row.group,
      period: row.period,
      completed: null,
      totalDays: null,
      meanDays: null,
      medianDays: null,
      p90Days: null,
      withinLimit: null,
      shareWithinLimit: null,
      limitDays: row.limitDays,
      limitComparator: row.limitComparator,
      stillWaiting: null,
      suppressed: rule,
      suppressedBecause:
        rule === "primary"
          ? `${row.completed} completed wait${row.completed === 1 ? "" : "s"}, fewer than ${minCount}`
          : `hidden as well, so that a suppressed row of ${row.period} cannot be worked out from the published rows and totals`,
    };
  });
  return deepFreeze({
    ...result,
    rows,
    suppression: {
      minCount,
      margins: [...margins],
      primary: rules.filter((r) => r === "primary").length,
      secondary: rules.filter((r) => r === "secondary").length,
      suppressedTotals: totals,
    },
  });
}
