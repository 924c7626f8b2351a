import type { Indicator, OrgHierarchy } from "@opptrapping/core";
import { AggregationError } from "./AggregationError.js";
import { axesOf } from "./axesOf.js";
import { combine } from "./combine.js";
import { finish } from "./finish.js";
import { compareParts, describeSlice, type Part } from "./part.js";
import type { AggregateResult } from "./types.js";

/**
 * The unit step shared by {@link aggregateAcrossUnits} and {@link aggregate}: parts of one
 * period and dimension combination (at least one), checked against the hierarchy when there
 * is one (`unknown_org_unit`, `outside_org_unit`, `overlapping_units`), combined by the
 * indicator's `acrossUnits` method. Internal.
 *
 * @example
 * ```ts
 * combineAcrossUnits(parts, indicator, "NO", hierarchy).orgUnit; // "NO"
 * ```
 */
export function combineAcrossUnits(parts: readonly Part[], indicator: Indicator, orgUnit: string, hierarchy: OrgHierarchy | undefined): AggregateResult {
  const first = parts[0];
  if (!first) throw new AggregationError("no_observations", `Cannot aggregate ${indicator.id} across units into ${orgUnit}: no observations were given.`);
  if (hierarchy) checkUnits(parts, indicator, orgUnit, hierarchy);
  const sorted = [...parts].sort(compareParts);
  const combined = combine(sorted, { axis: "units", method: axesOf(indicator).acrossUnits, indicator, target: orgUnit });
  return finish(combined, sorted, { indicator, period: first.period, days: first.days, orgUnit, dimensions: first.dimensions });
}

function checkUnits(parts: readonly Part[], indicator: Indicator, orgUnit: string, hierarchy: OrgHierarchy): void {
  const into = `Cannot aggregate ${indicator.id} across units into ${orgUnit}`;
  if (!hierarchy.has(orgUnit)) {
    throw new AggregationError("unknown_org_unit", `${into}: the hierarchy has no org unit ${JSON.stringify(orgUnit)}.`);
  }
  const given = new Map(parts.map((p) => [p.orgUnit, p]));
  for (const p of parts) {
    const slice = describeSlice(indicator.id, p.period, p.orgUnit, p.dimensions);
    if (!hierarchy.has(p.orgUnit)) {
      throw new AggregationError("unknown_org_unit", `${into}: the hierarchy has no org unit ${JSON.stringify(p.orgUnit)} (${slice}).`, p.path);
    }
    const ancestors = hierarchy.ancestors(p.orgUnit).map((u) => u.id);
    if (p.orgUnit !== orgUnit && !ancestors.includes(orgUnit)) {
      throw new AggregationError("outside_org_unit", `${into}: ${p.orgUnit} is not ${orgUnit} or below it (${slice}).`, p.path);
    }
    const above = ancestors.find((id) => given.has(id));
    if (above !== undefined) {
      throw new AggregationError(
        "overlapping_units",
        `${into}: both ${p.orgUnit} and ${above}, which contains it, are given for ${p.period}, so ${p.orgUnit} would count twice. Give one level.`,
        p.path,
      );
    }
  }
}
