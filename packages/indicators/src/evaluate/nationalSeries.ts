import { classifyOrgUnitId, type Indicator, type Issue, type Observation, type OrgUnitLevel } from "@opptrapping/core";
import { AggregationError, aggregateAcrossUnits, toObservation } from "../aggregate/index.js";

/** Coarsest first: the level whose units are fewest is likeliest to be complete. */
const LEVELS: readonly OrgUnitLevel[] = ["rhf", "county", "hf", "municipality"];

/** What {@link nationalObservations} found. */
export interface NationalObservations {
  /** Observations at the nation (`NO`): given directly, or aggregated from lower units. */
  readonly observations: readonly Observation[];
  /** Duplicates found while grouping. */
  readonly issues: readonly Issue[];
}

/**
 * Groups observations by indicator, slice and period in one pass, and gives one national
 * observation per group: the `NO` observation when there is one, otherwise the aggregate of
 * the coarsest level of units present (RHF, then county, HF, municipality), aggregated by the
 * indicator's kind (weighted means, summed numerators and denominators, stocks summed…).
 * Lower levels are never added to a higher one, so nothing counts twice.
 */
export function nationalObservations(observations: readonly Observation[], indicators: ReadonlyMap<string, Indicator>): NationalObservations {
  const groups = new Map<string, { indicator: Indicator; rows: Observation[]; units: Set<string> }>();
  const issues: Issue[] = [];
  for (let index = 0; index < observations.length; index++) {
    const o = observations[index]!;
    const indicator = indicators.get(o.indicatorId);
    if (!indicator) continue;
    const key = `${o.indicatorId}\u0001${dimensionKey(o.dimensions)}\u0001${o.period}`;
    let group = groups.get(key);
    if (!group) {
      group = { indicator, rows: [], units: new Set() };
      groups.set(key, group);
    }
    if (group.units.has(o.orgUnit)) {
      issues.push({ path: [index], code: "duplicate_observation", message: `a second observation of ${o.indicatorId} for ${o.period}, ${o.orgUnit}${dimensionLabel(o.dimensions)}` });
      continue;
    }
    group.units.add(o.orgUnit);
    group.rows.push(o);
  }
  const out: Observation[] = [];
  for (const { indicator, rows } of groups.values()) {
    const direct = rows.find((r) => r.orgUnit === "NO");
    if (direct) {
      out.push(direct);
      continue;
    }
    const byLevel = new Map<OrgUnitLevel, Observation[]>();
    for (const r of rows) {
      const level = classifyOrgUnitId(r.orgUnit);
      const list = byLevel.get(level);
      if (list) list.push(r);
      else byLevel.set(level, [r]);
    }
    const level = LEVELS.find((l) => byLevel.has(l));
    if (!level || indicator.aggregation === "difference") continue;
    try {
      const result = aggregateAcrossUnits(byLevel.get(level)!, indicator, { orgUnit: "NO" });
      if (result.value !== null) out.push(toObservation(result, indicator.id));
    } catch (error) {
      if (!(error instanceof AggregationError)) throw error;
      issues.push({ path: [], code: error.code, message: `cannot aggregate ${indicator.id} to the nation: ${error.message}` });
    }
  }
  return { observations: out, issues };
}

/** A canonical key of a dimension combination: sorted `key=value` pairs. */
export function dimensionKey(dimensions: Readonly<Record<string, string>>): string {
  let keys: string[] | undefined;
  for (const k in dimensions) (keys ??= []).push(k);
  if (!keys) return "";
  if (keys.length === 1) return `${keys[0]}=${dimensions[keys[0]!]}`;
  return keys
    .sort()
    .map((k) => `${k}=${dimensions[k]}`)
    .join("&");
}

function dimensionLabel(dimensions: Readonly<Record<string, string>>): string {
  const key = dimensionKey(dimensions);
  return key ? ` (${key})` : "";
}
