import { isOrgUnitId, parsePeriod, periodBounds, type Indicator, type Issue, type Observation } from "@opptrapping/core";
import { domainOf } from "../assessors/common.js";

/**
 * Checks observations against the plan's indicators: a known indicator, a valid org unit id,
 * known disaggregations and values, and a value possible in the indicator's unit (a percent
 * within 0–100, no negative days) — and, given `latest` (an ISO date), a period that starts
 * no later than it (`outside_plan_period`). Returns every problem with the observation's
 * index as its path.
 *
 * @example
 * ```ts
 * import { checkObservations } from "@opptrapping/indicators";
 * checkObservations(plan.indicators, [{ ...obs, indicatorId: "nope" }])[0]?.code; // "unknown_indicator"
 * ```
 */
export function checkObservations(
  indicators: readonly Indicator[],
  observations: readonly Observation[],
  options: { readonly latest?: string } = {},
): Issue[] {
  const starts = new Map<string, string>();
  const byId = new Map(indicators.map((i) => [i.id, i]));
  // The values each indicator allows (its domain), worked out once, not per observation.
  const ranges = new Map(
    indicators.map((i) => {
      const d = domainOf(i);
      return [i.id, [d.min ?? Number.NEGATIVE_INFINITY, d.max ?? Number.POSITIVE_INFINITY] as const];
    }),
  );
  const allowed = new Map(indicators.map((i) => [i.id, new Map(i.disaggregations.map((d) => [d.id, new Set(d.values)]))]));
  const issues: Issue[] = [];
  for (let index = 0; index < observations.length; index++) {
    const o = observations[index]!;
    const indicator = byId.get(o.indicatorId);
    if (!indicator) {
      issues.push({ path: [index, "indicatorId"], code: "unknown_indicator", message: `unknown indicator "${o.indicatorId}" (${o.period}, ${o.orgUnit})` });
      continue;
    }
    if (!plainOrgUnit(o.orgUnit) && !isOrgUnitId(o.orgUnit))
      issues.push({ path: [index, "orgUnit"], code: "invalid_org_unit", message: `"${o.orgUnit}" is not an org unit id (${o.indicatorId}, ${o.period})` });
    const dims = allowed.get(o.indicatorId)!;
    for (const key in o.dimensions) {
      const values = dims.get(key);
      if (!values) issues.push({ path: [index, "dimensions", key], code: "unknown_disaggregation", message: `indicator ${o.indicatorId} has no disaggregation "${key}"` });
      else if (!values.has(o.dimensions[key]!))
        issues.push({ path: [index, "dimensions", key], code: "unknown_disaggregation_value", message: `"${o.dimensions[key]}" is not a value of ${o.indicatorId}.${key} (${[...values].join(", ")})` });
    }
    if (options.latest !== undefined) {
      let start = starts.get(o.period);
      if (start === undefined) starts.set(o.period, (start = periodBounds(parsePeriod(o.period)).start));
      if (start > options.latest)
        issues.push({ path: [index, "period"], code: "outside_plan_period", message: `${o.period} starts after ${options.latest}, the end of the plan period and of every target deadline (${o.indicatorId}, ${o.orgUnit})` });
    }
    const nonFinite = NUMBER_FIELDS.find((k) => o[k] !== undefined && o[k] !== null && !Number.isFinite(o[k]));
    if (nonFinite !== undefined) {
      issues.push({ path: [index, nonFinite], code: "non_finite_number", message: `${nonFinite} is ${String(o[nonFinite])}, not a finite number (${o.indicatorId}, ${o.period}, ${o.orgUnit})` });
      continue;
    }
    if (o.value !== null) {
      const [lo, hi] = ranges.get(o.indicatorId)!;
      if (o.value < lo || o.value > hi)
        issues.push({ path: [index, "value"], code: "value_out_of_range", message: `${o.value} is impossible in ${indicator.unit} for ${o.indicatorId} (${o.period}, ${o.orgUnit}); expected ${lo}–${hi}` });
    }
  }
  return issues;
}

/** The numeric fields of an observation, each checked to be finite. */
const NUMBER_FIELDS = ["value", "numerator", "denominator", "count", "lower", "upper", "standardError"] as const;

/** The common ids (nation, 4-digit municipality, 2-digit county) without a regex. */
function plainOrgUnit(id: string): boolean {
  if (id === "NO") return true;
  if (id.length !== 4 && id.length !== 2) return false;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
