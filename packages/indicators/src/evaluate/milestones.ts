import { deepFreeze, parsePeriod, periodBounds, type LocalizedText, type PlanData } from "@opptrapping/core";
import { resolveAsOf } from "../assess.js";
import { formatDay } from "./measureStates.js";

/**
 * A milestone's standing as of a day:
 *
 * | state | when |
 * |---|---|
 * | `delivered` | recorded as delivered, and delivered by the day (`deliveredOn`, else the day it was recorded) |
 * | `planned` | not delivered (as far as known) and not yet due: the due period ends on or after the day |
 * | `overdue` | due before the day, and recorded as not delivered on or after its due date |
 * | `notReported` | due before the day, but its state was recorded before it fell due (or never): no one has reported since |
 *
 * @example
 * ```ts
 * import type { MilestoneState } from "@opptrapping/indicators";
 * const s: MilestoneState = "notReported";
 * ```
 */
export type MilestoneState = "delivered" | "planned" | "overdue" | "notReported";

/**
 * One milestone as of a day.
 *
 * @example
 * ```ts
 * import { milestoneStatesAsOf, type MilestoneStateAsOf } from "@opptrapping/indicators";
 * import { plan } from "@opptrapping/psykisk-helse";
 * const first: MilestoneStateAsOf | undefined = milestoneStatesAsOf(plan(), "2026-03-01").milestones[0];
 * ```
 */
export interface MilestoneStateAsOf {
  readonly milestoneId: string;
  readonly due: string;
  /** The last day of the due period. */
  readonly dueBy: string;
  readonly state: MilestoneState;
  /** The day its recorded status was recorded (`statusAsOf`, else the data's vintage). */
  readonly recordedAsOf: string;
  readonly reason: LocalizedText;
}

/**
 * Every milestone as of a day, in due order.
 *
 * @example
 * ```ts
 * import { milestoneStatesAsOf, type MilestoneStates } from "@opptrapping/indicators";
 * import { plan } from "@opptrapping/psykisk-helse";
 * const s: MilestoneStates = milestoneStatesAsOf(plan(), "2026-03-01");
 * s.note?.nb; // "Milepælenes status er per 19.01.2026 og ikke oppdatert siden."
 * ```
 */
export interface MilestoneStates {
  readonly asOf: string;
  readonly vintage: string;
  readonly stale: boolean;
  /** "Milestone states as of 19.01.2026, not updated since" when stale; null otherwise. */
  readonly note: LocalizedText | null;
  readonly milestones: readonly MilestoneStateAsOf[];
}

/**
 * Every milestone's state as of a day (see {@link MilestoneState}). A milestone whose state
 * was recorded before its due date is `notReported` once the date passes, never `overdue`:
 * the data cannot know whether it was delivered on time. Sorted by due date, then id.
 *
 * `evaluatePlan` should call it for its milestone groups: `overdue` = state `overdue`, a new
 * `notReported` group in place of the old "overdue because still planned", `delivered`, and
 * `upcoming` = `planned` within the horizon; pass `note` on to the report.
 *
 * @example
 * ```ts
 * import { milestoneStatesAsOf } from "@opptrapping/indicators";
 * import { plan } from "@opptrapping/psykisk-helse";
 * const s = milestoneStatesAsOf(plan(), "2026-03-01");
 * s.milestones.find((m) => m.milestoneId === "ms-sintef-statusrapport-1")?.state; // "notReported"
 * ```
 */
export function milestoneStatesAsOf(plan: Pick<PlanData, "milestones" | "revision">, asOf: string): MilestoneStates {
  const day = resolveAsOf(asOf);
  const vintage = periodBounds(parsePeriod(plan.revision.asOf)).end;
  const milestones = plan.milestones
    .map((m): MilestoneStateAsOf => {
      const dueBy = periodBounds(parsePeriod(m.due)).end;
      const recordedAsOf = m.statusAsOf === undefined ? vintage : periodBounds(parsePeriod(m.statusAsOf)).end;
      const base = { milestoneId: m.id, due: m.due, dueBy, recordedAsOf };
      const r = formatDay(recordedAsOf);
      if (m.status === "delivered") {
        const deliveredBy = m.deliveredOn === undefined ? recordedAsOf : periodBounds(parsePeriod(m.deliveredOn)).end;
        if (deliveredBy <= day)
          return { ...base, state: "delivered", reason: { nb: "Levert.", en: "Delivered." } };
      }
      if (dueBy >= day) return { ...base, state: "planned", reason: { nb: "Ikke forfalt ennå.", en: "Not yet due." } };
      // Due before the day and not known to be delivered by then.
      if (m.status === "planned" && recordedAsOf >= dueBy)
        return {
          ...base,
          state: "overdue",
          reason: { nb: `Forfalt: per ${r.nb} var den ikke levert.`, en: `Overdue: as of ${r.en} it had not been delivered.` },
        };
      return {
        ...base,
        state: "notReported",
        reason: {
          nb: `Ikke rapportert: status er registrert per ${r.nb}, før fristen, og ikke oppdatert siden.`,
          en: `Not reported: the status was recorded as of ${r.en}, before the due date, and not updated since.`,
        },
      };
    })
    .sort((a, b) => (a.dueBy < b.dueBy ? -1 : a.dueBy > b.dueBy ? 1 : a.milestoneId < b.milestoneId ? -1 : a.milestoneId > b.milestoneId ? 1 : 0));
  const stale = day > vintage;
  const d = formatDay(vintage);
  return deepFreeze({
    asOf: day,
    vintage,
    stale,
    note: stale ? { nb: `Milepælenes status er per ${d.nb} og ikke oppdatert siden.`, en: `Milestone states as of ${d.en}, not updated since.` } : null,
    milestones,
  });
}
