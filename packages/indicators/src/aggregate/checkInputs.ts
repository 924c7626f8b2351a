import type { Indicator, Observation } from "@opptrapping/core";
import { AggregationError } from "./AggregationError.js";
import { describeSlice, dimensionKey, dimensionLabel, partOf, type Part } from "./part.js";

/**
 * Turns observations into parts after the checks every aggregation shares: at least one
 * observation (`no_observations`), all of `indicator` (`mixed_indicators`), and no two for the
 * same period, org unit and dimensions (`duplicate_observation`).
 *
 * @example
 * ```ts
 * checkInputs(observations, indicator, "aggregate R5 over 2025").length; // observations.length
 * ```
 */
export function checkInputs(observations: readonly Observation[], indicator: Indicator, what: string): Part[] {
  if (observations.length === 0) {
    throw new AggregationError("no_observations", `Cannot ${what}: no observations were given.`);
  }
  const seen = new Map<string, number>();
  return observations.map((o, index) => {
    if (o.indicatorId !== indicator.id) {
      throw new AggregationError(
        "mixed_indicators",
        `Cannot ${what}: the observation at ${index} is of ${o.indicatorId}. Select one indicator's observations first.`,
        [index],
      );
    }
    const part = partOf(o, index);
    const key = `${part.period}\u0000${part.orgUnit}\u0000${dimensionKey(part.dimensions)}`;
    const previous = seen.get(key);
    if (previous !== undefined) {
      throw new AggregationError(
        "duplicate_observation",
        `Two observations of ${describeSlice(indicator.id, part.period, part.orgUnit, part.dimensions)}: at ${previous} and ${index}. Keep one; they would be counted twice.`,
        [index],
      );
    }
    seen.set(key, index);
    return part;
  });
}

/**
 * Checks that every part shares the first one's org unit, period or dimensions, throwing
 * `mixed_org_units`, `mixed_periods` or `mixed_dimensions` naming the first that differs.
 *
 * @example
 * ```ts
 * checkSame(parts, "orgUnit", "aggregate R5 over 2025");
 * ```
 */
export function checkSame(parts: readonly Part[], field: "orgUnit" | "period" | "dimensions", what: string): void {
  const first = parts[0];
  if (!first) return;
  const keyOf = (p: Part): string => (field === "dimensions" ? dimensionKey(p.dimensions) : p[field]);
  const shown = (p: Part): string => (field === "dimensions" ? `{${dimensionLabel(p.dimensions)}}` : p[field]);
  const expected = keyOf(first);
  const other = parts.find((p) => keyOf(p) !== expected);
  if (!other) return;
  const code = field === "orgUnit" ? "mixed_org_units" : field === "period" ? "mixed_periods" : "mixed_dimensions";
  const noun = field === "orgUnit" ? "org unit" : field === "period" ? "period" : "dimension combination";
  throw new AggregationError(
    code,
    `Cannot ${what}: the inputs must share one ${noun}, but the observation at ${other.path.join(".")} has ${shown(other)} and the one at ${first.path.join(".")} has ${shown(first)}.`,
    other.path,
  );
}
