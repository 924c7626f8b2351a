import { RHFS, isOrgUnitId, type Observation, type ObservationFlag, type SourceRef } from "@opptrapping/core";
import { WaitingTimeError } from "./WaitingTimeError.js";
import type { PublishedWaitingTimes } from "./suppressWaitingTimes.js";
import type { WaitingTimeResult } from "./types.js";

/**
 * Options of {@link waitingTimeObservations}.
 *
 * @example
 * ```ts
 * import type { WaitingTimeObservationOptions } from "@opptrapping/indicators";
 * const o: WaitingTimeObservationOptions = { indicatorId: "R5.wait", orgUnits: { "Bergen HF": "hf-bergen" } };
 * ```
 */
export interface WaitingTimeObservationOptions {
  /** The indicator the observations measure, e.g. `R5.wait` of the bundled plan. */
  readonly indicatorId: string;
  /**
   * Org unit ids for the RHF, HF or municipality values in the data, e.g. `{ "Bergen HF": "hf-bergen" }`.
   * The four RHF names (`Helse Vest` → `rhf-vest`…) are known already; values that are org
   * unit ids pass as they are.
   */
  readonly orgUnits?: Readonly<Record<string, string>>;
  /** Flags on every observation, e.g. `["synthetic"]`. */
  readonly flags?: readonly ObservationFlag[];
  /** Flag the observations `provisional`. @default true for monthly results (monthly figures are preliminary), false otherwise */
  readonly provisional?: boolean;
  /** The source cited on every observation. */
  readonly source?: SourceRef;
}

const RHF_NAMES: ReadonlyMap<string, string> = new Map(RHFS.map((r) => [r.name, r.id]));

/**
 * Turns waiting-time results into core observations: one per row with completed waits, the
 * mean as `value` with the number of completed waits as `count` (so they aggregate as
 * count-weighted means, e.g. RHFs up to the nation in `evaluatePlan`), the period, the org
 * unit of the finest of municipality, HF and RHF grouped by (else `NO`), and the service —
 * plus sex and age band when grouped by them — as dimensions. Rows without completed waits
 * (only people still waiting) give no observation: a mean of nothing is not a value. A row
 * suppressed by {@link suppressWaitingTimes} gives an observation with a null value, the flag
 * `suppressed` and no count — it is counted as suppressed when aggregated, never as zero.
 *
 * @throws {WaitingTimeError} `invalid_org_unit` when an org unit value is neither an id nor mapped in `orgUnits`.
 *
 * @example
 * ```ts
 * import { evaluatePlan, waitingTimeObservations, waitingTimeStats } from "@opptrapping/indicators";
 * import { plan } from "@opptrapping/psykisk-helse";
 * const stats = waitingTimeStats(records, { groupBy: ["service", "rhf"], period: "tertial" });
 * const observations = waitingTimeObservations(stats, { indicatorId: "R5.wait" });
 * evaluatePlan(plan(), observations, { asOf: "2026-01" }).goals.find((g) => g.goalId === "R5")?.status;
 * ```
 */
export function waitingTimeObservations(result: WaitingTimeResult | PublishedWaitingTimes, options: WaitingTimeObservationOptions): Observation[] {
  const level = (["municipality", "hf", "rhf"] as const).find((f) => result.groupBy.includes(f));
  const dimensionFields = (["service", "sex", "ageBand"] as const).filter((f) => result.groupBy.includes(f));
  const flags = [...(options.flags ?? [])];
  if ((options.provisional ?? result.period === "month") && !flags.includes("provisional")) flags.push("provisional");
  Object.freeze(flags);
  const units = new Map<string, string>();
  const orgUnitOf = (value: string): string => {
    let id = units.get(value);
    if (id !== undefined) return id;
    id = options.orgUnits?.[value] ?? (isOrgUnitId(value) ? value : RHF_NAMES.get(value));
    if (id === undefined || !isOrgUnitId(id))
      throw new WaitingTimeError(
        "invalid_org_unit",
        `${level} ${JSON.stringify(value)} is not an org unit id ("rhf-vest", "hf-bergen", "0301"…); map it in orgUnits`,
      );
    units.set(value, id);
    return id;
  };
  const out: Observation[] = [];
  const suppressedFlags = Object.freeze([...flags, "suppressed" as const]);
  for (const row of result.rows) {
    const suppressed = "suppressed" in row && row.suppressed !== null;
    if (!suppressed && (row.completed === 0 || row.meanDays === null)) continue;
    const dimensions: Record<string, string> = {};
    for (const f of dimensionFields) dimensions[f] = row.group[f]!;
    const base = {
      indicatorId: options.indicatorId,
      period: row.period,
      orgUnit: level === undefined ? "NO" : orgUnitOf(row.group[level]!),
      dimensions: Object.freeze(dimensions),
    };
    const source = options.source ? { source: options.source } : {};
    out.push(
      Object.freeze(
        // A suppressed cell publishes neither its mean nor its count: the count is what would recover it.
        suppressed ? { ...base, value: null, flags: suppressedFlags, ...source } : { ...base, value: row.meanDays!, count: row.completed!, flags, ...source },
      ),
    );
  }
  return out;
}
