import type { MappingInput } from "../mapping/mappingSchema.js";

/**
 * The mapping that reads what `toJsonStat` writes: indicator, period and org unit from the
 * dimensions of those names, the measure dimension's categories as value, count, numerator
 * and denominator, and — because this exact mapping is recognised — every other dimension as
 * a disaggregation (a leading `_` escapes a key equal to a reserved dimension id, and the
 * empty category `""` means the observation has no value for that key).
 *
 * @example
 * ```ts
 * import { fromJsonStat, jsonStatNativeMapping, toJsonStat } from "@opptrapping/adapters/json-stat";
 * fromJsonStat(toJsonStat(observations), jsonStatNativeMapping).observations; // the observations, sorted
 * ```
 */
export const jsonStatNativeMapping = {
  indicator: { from: "indicator" },
  period: { from: "period" },
  orgUnit: { from: "orgUnit" },
  measure: { dimension: "measure", value: "value", count: "count", numerator: "numerator", denominator: "denominator" },
} as const satisfies MappingInput;

/**
 * The dimension ids `toJsonStat` reserves; a disaggregation key equal to one is written as `_key`.
 *
 * @example
 * ```ts
 * RESERVED_DIMENSIONS.has("period"); // true
 * ```
 */
export const RESERVED_DIMENSIONS: ReadonlySet<string> = new Set(["indicator", "period", "orgUnit", "measure"]);

/**
 * The category of a disaggregation dimension meaning "this observation has no value for the
 * key" (observation dimension values are never empty, so it cannot clash with one).
 *
 * @example
 * ```ts
 * toJsonStat([withService, withoutService]).dimension["service"]?.category.index; // ["", "PHBU"]
 * ```
 */
export const ABSENT_CATEGORY = "";

/**
 * The JSON-stat dimension id `toJsonStat` gives a disaggregation key.
 *
 * @example
 * ```ts
 * dimensionIdOf("service"); // "service"
 * dimensionIdOf("period"); // "_period"
 * ```
 */
export function dimensionIdOf(key: string): string {
  return RESERVED_DIMENSIONS.has(key) ? `_${key}` : key;
}

/**
 * The disaggregation key of a dimension id written by `toJsonStat` (the inverse of `dimensionIdOf`).
 *
 * @example
 * ```ts
 * keyOfDimensionId("_period"); // "period"
 * ```
 */
export function keyOfDimensionId(id: string): string {
  return id.startsWith("_") ? id.slice(1) : id;
}
