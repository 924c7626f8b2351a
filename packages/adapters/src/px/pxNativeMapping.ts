import { deepFreeze } from "@opptrapping/core";
import type { Mapping, MappingInput } from "../mapping/mappingSchema.js";
import { parseMapping } from "../mapping/parseMapping.js";
import { NATIVE } from "./nativeFormat.js";

/**
 * The mapping that reads what {@link toPx} writes: indicator, period and org unit from the
 * variables of those names, and the `measure` variable pivoted into value, count, numerator
 * and denominator. Read with it (or a copy equal to it), a file's `dimension:<id>` variables
 * become the observations' disaggregations, its six-dot cells (no observation) are skipped
 * and percent-escaped codes are decoded — `fromPx(toPx(obs), pxNativeMapping)` gives back
 * `orderForPx(obs)`: `obs` itself, when in normal form and a cube order.
 *
 * @example
 * ```ts
 * import { fromPx, pxNativeMapping, toPx } from "@opptrapping/adapters/px";
 * fromPx(toPx(observations), pxNativeMapping).observations;
 * ```
 */
export const pxNativeMapping: MappingInput = deepFreeze({
  indicator: { from: NATIVE.indicator },
  period: { from: NATIVE.period },
  orgUnit: { from: NATIVE.orgUnit },
  measure: { dimension: NATIVE.measure, value: "value", count: "count", numerator: "numerator", denominator: "denominator" },
});

let native: string | undefined;

/**
 * Whether a validated mapping is the native one (compared by content, so a copy counts).
 *
 * @example
 * ```ts
 * isNativeMapping(parseMapping(structuredClone(pxNativeMapping))); // true
 * ```
 */
export function isNativeMapping(mapping: Mapping): boolean {
  native ??= JSON.stringify(parseMapping(pxNativeMapping));
  return JSON.stringify(mapping) === native;
}
