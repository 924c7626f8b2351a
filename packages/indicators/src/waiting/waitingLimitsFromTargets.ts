import type { Target } from "@opptrapping/core";
import type { WaitingLimit } from "./types.js";

/**
 * The waiting-time limits a plan's own targets set: for each threshold target of
 * `indicatorId` whose filter names a `service` and whose comparator is `<` or `<=`, the
 * service's limit with that comparator — so the share within the limit counts exactly what
 * the target counts (`< 35`: a wait of 35 days is not within). Other targets are skipped;
 * when two targets name one service the first wins.
 *
 * @example
 * ```ts
 * import { waitingLimitsFromTargets, waitingTimeStats } from "@opptrapping/indicators";
 * import { plan } from "@opptrapping/psykisk-helse";
 * const limits = waitingLimitsFromTargets(plan().resultGoals.flatMap((g) => g.targets), "R5.wait");
 * limits.PHBU; // { days: 35, comparator: "<" }
 * waitingTimeStats(records, { groupBy: ["service"], period: "tertial", limits });
 * ```
 */
export function waitingLimitsFromTargets(targets: readonly Target[], indicatorId: string): Readonly<Record<string, WaitingLimit>> {
  const out: Record<string, WaitingLimit> = {};
  for (const t of targets) {
    if (t.kind !== "threshold" || t.indicatorId !== indicatorId) continue;
    const service = t.filter?.["service"];
    if (service === undefined || service in out) continue;
    if (t.comparator !== "<" && t.comparator !== "<=") continue;
    out[service] = Object.freeze({ days: t.value, comparator: t.comparator });
  }
  return Object.freeze(out);
}
