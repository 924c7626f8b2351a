import { formatPeriod, parsePeriod, periodDayRange, type Indicator, type Observation, type OrgHierarchy, type Period } from "@opptrapping/core";
import { AggregationError } from "./AggregationError.js";
import { checkInputs } from "./checkInputs.js";
import { combineAcrossUnits } from "./combineAcrossUnits.js";
import { combineOverTime } from "./combineOverTime.js";
import { compareParts, compareStrings, describeSlice, dimensionKey, type Part } from "./part.js";
import type { AggregateResult } from "./types.js";

/**
 * What {@link aggregate} aggregates to.
 *
 * @example
 * ```ts
 * import type { AggregateOptions } from "@opptrapping/indicators";
 * const options: AggregateOptions = { period: "2025-06/2025-12", orgUnit: "NO" };
 * ```
 */
export interface AggregateOptions {
  /**
   * The target period: any period or range. @default the input period that spans all the
   * others, or else the range from the first input's start to the last input's end
   * (e.g. `2025-01/2025-12`).
   */
  readonly period?: string;
  /**
   * The target org unit. @default the inputs' one org unit; with several, their nearest
   * common ancestor in `hierarchy`, or `NO` when there is no hierarchy.
   */
  readonly orgUnit?: string;
  /** Checks that inputs lie below `orgUnit` and do not contain each other. */
  readonly hierarchy?: OrgHierarchy;
}

/**
 * Aggregates observations of one indicator to one org unit and one period, one result per
 * dimension combination: first across org units within each period, then over time. Means
 * stay count-weighted, proportions and rates are rebuilt from numerators and denominators, a
 * stock is summed across units and its last period taken. Results are sorted by dimensions;
 * an empty input gives an empty array.
 *
 * @throws {AggregationError} every code of {@link aggregateAcrossUnits} and {@link aggregateOverTime}.
 *
 * @example
 * ```ts
 * import { aggregate } from "@opptrapping/indicators";
 * const [r] = aggregate(
 *   [
 *     { indicatorId: "beds", period: "2025-11", orgUnit: "03", dimensions: {}, value: 100, flags: [] },
 *     { indicatorId: "beds", period: "2025-11", orgUnit: "46", dimensions: {}, value: 80, flags: [] },
 *     { indicatorId: "beds", period: "2025-12", orgUnit: "03", dimensions: {}, value: 110, flags: [] },
 *     { indicatorId: "beds", period: "2025-12", orgUnit: "46", dimensions: {}, value: 90, flags: [] },
 *   ],
 *   bedsIndicator, // aggregation: "stock"
 *   { period: "2025-06/2025-12", orgUnit: "NO" },
 * );
 * r?.value; // 200: the December total
 * ```
 */
export function aggregate(observations: readonly Observation[], indicator: Indicator, options: AggregateOptions = {}): readonly AggregateResult[] {
  if (observations.length === 0) return Object.freeze([]);
  const parts = checkInputs(observations, indicator, `aggregate ${indicator.id}`);
  const target = options.period === undefined ? spanOf(parts) : parsePeriod(options.period);
  const targetDays = periodDayRange(target);
  const period = formatPeriod(target);
  for (const p of parts) {
    if (p.days.first < targetDays.first || p.days.last > targetDays.last) {
      throw new AggregationError(
        "outside_period",
        `Cannot aggregate ${indicator.id} over ${period}: ${describeSlice(indicator.id, p.period, p.orgUnit, p.dimensions)} ${p.days.last < targetDays.first || p.days.first > targetDays.last ? "lies outside" : "reaches outside"} it.`,
        p.path,
      );
    }
  }
  const orgUnit = options.orgUnit ?? commonOrgUnit(parts, indicator, options.hierarchy);

  const byDimensions = groupBy(parts, (p) => dimensionKey(p.dimensions));
  const results = [...byDimensions].map(([key, slice]) => {
    const perPeriod = [...groupBy(slice, (p) => p.period).values()].map((units) => {
      const first = units[0] as Part;
      const total = combineAcrossUnits(units, indicator, orgUnit, options.hierarchy);
      return partOfTotal(total, first);
    });
    return { key, result: combineOverTime(perPeriod, indicator, target, orgUnit, slice[0]?.dimensions ?? {}) };
  });
  results.sort((a, b) => compareStrings(a.key, b.key));
  return Object.freeze(results.map((r) => r.result));
}

function groupBy(parts: readonly Part[], key: (p: Part) => string): Map<string, Part[]> {
  const groups = new Map<string, Part[]>();
  for (const p of parts) {
    const k = key(p);
    const group = groups.get(k);
    if (group) group.push(p);
    else groups.set(k, [p]);
  }
  return groups;
}

/** The across-units total of one period as a part of the time step; errors point at its first observation. */
function partOfTotal(total: AggregateResult, first: Part): Part {
  return {
    period: total.period,
    parsed: first.parsed,
    days: first.days,
    orgUnit: total.orgUnit,
    dimensions: total.dimensions,
    value: total.value,
    count: total.count,
    numerator: total.numerator,
    denominator: total.denominator,
    hasData: total.value !== null || total.reason === "zero_denominator",
    provisional: total.provisional,
    inputs: total.inputs,
    excluded: total.excluded,
    path: first.path,
  };
}

function spanOf(parts: readonly Part[]): Period {
  const sorted = [...parts].sort(compareParts);
  const first = sorted[0] as Part;
  const last = sorted.reduce((a, b) => (b.days.last > a.days.last ? b : a));
  const whole = sorted.find((p) => p.days.first === first.days.first && p.days.last === last.days.last);
  if (whole) return whole.parsed;
  const from = first.parsed.kind === "range" ? first.parsed.from : first.parsed;
  const to = last.parsed.kind === "range" ? last.parsed.to : last.parsed;
  return { kind: "range", from, to };
}

function commonOrgUnit(parts: readonly Part[], indicator: Indicator, hierarchy: OrgHierarchy | undefined): string {
  const units = [...new Set(parts.map((p) => p.orgUnit))].sort(compareStrings);
  const only = units[0] as string;
  if (units.length === 1) return only;
  if (!hierarchy) return "NO";
  const chains = units.map((id) => {
    if (!hierarchy.has(id)) {
      const p = parts.find((x) => x.orgUnit === id) as Part;
      throw new AggregationError("unknown_org_unit", `Cannot aggregate ${indicator.id}: the hierarchy has no org unit ${JSON.stringify(id)}.`, p.path);
    }
    return [id, ...hierarchy.ancestors(id).map((u) => u.id)];
  });
  const common = chains[0]?.find((id) => chains.every((chain) => chain.includes(id)));
  if (common === undefined) {
    throw new AggregationError(
      "mixed_org_units",
      `Cannot aggregate ${indicator.id}: ${units.join(", ")} share no ancestor in the hierarchy. Say which org unit to aggregate to (options.orgUnit).`,
    );
  }
  return common;
}
