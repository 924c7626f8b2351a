import {
  deepFreeze,
  parsePeriod,
  periodBounds,
  type LifecycleEvent,
  type LocalizedText,
  type Measure,
  type MeasureScope,
  type MeasureState,
  type PlanData,
} from "@opptrapping/core";
import { resolveAsOf } from "../assess.js";

/**
 * A measure's state as of a day, with the day it is known from and why.
 *
 * @example
 * ```ts
 * import { measureStatesAsOf, type MeasureStateAsOf } from "@opptrapping/indicators";
 * import { plan } from "@opptrapping/psykisk-helse";
 * const m: MeasureStateAsOf | undefined = measureStatesAsOf(plan(), "2026-01-19").measures[0];
 * ```
 */
export interface MeasureStateAsOf {
  readonly measureId: string;
  /** `plan` (part of the escalation plan) or `related` (other policy a source mentions); left out in the data = `plan`. */
  readonly scope: MeasureScope;
  /** `unknown` when no event applies by the day (none stated, or none known yet). */
  readonly state: MeasureState | "unknown";
  /** The day the state applies from (see {@link measureStatesAsOf}); null when unknown. */
  readonly since: string | null;
  /** The event that gives the state; null when unknown. */
  readonly event: LifecycleEvent | null;
  /** Whether the data marks the measure's lifecycle as inferred rather than stated by a source. */
  readonly inferred: boolean;
}

/**
 * State counts, every state present.
 *
 * @example
 * ```ts
 * import type { StateCounts } from "@opptrapping/indicators";
 * const none: StateCounts = { planned: 0, inProgress: 0, delivered: 0, phasedOut: 0, unknown: 0 };
 * ```
 */
export type StateCounts = Readonly<Record<MeasureState | "unknown", number>>;

/**
 * Every measure's state as of a day, and whether the data is older than that day.
 *
 * @example
 * ```ts
 * import { measureStatesAsOf, type MeasureStates } from "@opptrapping/indicators";
 * import { plan } from "@opptrapping/psykisk-helse";
 * const s: MeasureStates = measureStatesAsOf(plan(), "2026-01-19");
 * s.counts.related.delivered;
 * ```
 */
export interface MeasureStates {
  /** The day asked about. */
  readonly asOf: string;
  /** The day the data was recorded (`plan.revision.asOf`, its last day). */
  readonly vintage: string;
  /** `true` when `asOf` is after the vintage: nothing newer is known. */
  readonly stale: boolean;
  /** "Measure states as of 19.01.2026, not updated since" when stale; null otherwise. */
  readonly note: LocalizedText | null;
  /** One entry per measure, in plan order. */
  readonly measures: readonly MeasureStateAsOf[];
  /** Counts per state, the plan's own measures and related policy apart. */
  readonly counts: { readonly plan: StateCounts; readonly related: StateCounts };
}

/**
 * An ISO day written as `19.01.2026` (nb) and `19 January 2026` (en).
 *
 * @example
 * ```ts
 * import { formatDay } from "@opptrapping/indicators";
 * formatDay("2026-01-19"); // { nb: "19.01.2026", en: "19 January 2026" }
 * ```
 */
export function formatDay(iso: string): LocalizedText {
  const [y, m, d] = iso.split("-");
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return { nb: `${d}.${m}.${y}`, en: `${Number(d)} ${months[Number(m) - 1]} ${y}` };
}

/**
 * The day a lifecycle event applies from: the earlier of the last day of its `date` (by then
 * the change has surely happened) and its `knownFrom` (the day a source reported it). An
 * undated event applies from `knownFrom`, or else from the data's vintage — never backwards.
 *
 * @example
 * ```ts
 * import { eventAppliesFrom } from "@opptrapping/indicators";
 * eventAppliesFrom({ state: "delivered", knownFrom: "2026-01-19", sources: [{ doc: "S0" }] }, "2026-01-19"); // "2026-01-19"
 * eventAppliesFrom({ state: "delivered", date: "2025-12", knownFrom: "2026-01-19", sources: [{ doc: "S0" }] }, "2026-01-19"); // "2025-12-31"
 * ```
 */
export function eventAppliesFrom(event: LifecycleEvent, vintage: string): string {
  const known = event.knownFrom === undefined ? undefined : periodBounds(parsePeriod(event.knownFrom)).end;
  if (event.date === undefined) return known ?? vintage;
  const happened = periodBounds(parsePeriod(event.date)).end;
  return known !== undefined && known < happened ? known : happened;
}

function stateOf(measure: Measure, asOf: string, vintage: string): Omit<MeasureStateAsOf, "measureId" | "scope" | "inferred"> {
  let found: { event: LifecycleEvent; since: string } | null = null;
  // Events are listed in the order they happened; the last one that applies by the day wins.
  for (const event of measure.lifecycle) {
    const since = eventAppliesFrom(event, vintage);
    if (since <= asOf) found = { event, since };
  }
  return found ? { state: found.event.state, since: found.since, event: found.event } : { state: "unknown", since: null, event: null };
}

function emptyCounts(): Record<MeasureState | "unknown", number> {
  return { planned: 0, inProgress: 0, delivered: 0, phasedOut: 0, unknown: 0 };
}

/**
 * Every measure's state as of a day, by the vintage rule: a state applies from the day it is
 * known (see {@link eventAppliesFrom}), so a measure first reported in a January 2026 letter
 * is not "delivered" as of 2023. An as-of day after the data's vintage (`plan.revision.asOf`)
 * gives the states as recorded, flagged `stale` with the note "measure states as of
 * 19.01.2026, not updated since". Counts keep plan measures and related policy apart.
 *
 * `evaluatePlan` should call it in place of core's `measuresByState(plan, asOf)`:
 * `const states = measureStatesAsOf(plan, asOf)`, then group `states.measures` by `state`
 * (optionally only `scope === "plan"`), and pass `states.note` on to the report.
 *
 * @example
 * ```ts
 * import { measureStatesAsOf } from "@opptrapping/indicators";
 * import { plan } from "@opptrapping/psykisk-helse";
 * const s = measureStatesAsOf(plan(), "2026-06-30");
 * s.stale; // true
 * s.note?.nb; // "Tiltakenes status er per 19.01.2026 og ikke oppdatert siden."
 * ```
 */
export function measureStatesAsOf(plan: Pick<PlanData, "measures" | "revision">, asOf: string): MeasureStates {
  const day = resolveAsOf(asOf);
  const vintage = periodBounds(parsePeriod(plan.revision.asOf)).end;
  const counts = { plan: emptyCounts(), related: emptyCounts() };
  const measures = plan.measures.map((m): MeasureStateAsOf => {
    const scope = m.scope ?? "plan";
    const s = stateOf(m, day, vintage);
    counts[scope][s.state]++;
    return { measureId: m.id, scope, ...s, inferred: (m.inferred ?? []).some((i) => i.field === "lifecycle") };
  });
  const stale = day > vintage;
  const d = formatDay(vintage);
  return deepFreeze({
    asOf: day,
    vintage,
    stale,
    note: stale ? { nb: `Tiltakenes status er per ${d.nb} og ikke oppdatert siden.`, en: `Measure states as of ${d.en}, not updated since.` } : null,
    measures,
    counts,
  });
}
