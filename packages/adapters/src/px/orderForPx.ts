import type { Observation } from "@opptrapping/core";
import { planCube } from "./planCube.js";

/**
 * The observations as `fromPx(toPx(observations), pxNativeMapping)` gives them back: in
 * normal form (validated, periods canonical, flags sorted and unique, disaggregations in id
 * order) and in the order `toPx` writes — the order given when it is a cube order (as any
 * PX or JSON-stat file is read: some nesting of indicator, period, org unit and
 * disaggregations, each with some order of its values), else canonical order
 * ({@link sortForPx}).
 *
 * @example
 * ```ts
 * import { fromPx, orderForPx, pxNativeMapping, toPx } from "@opptrapping/adapters/px";
 * fromPx(toPx(observations), pxNativeMapping).observations; // deep-equals orderForPx(observations)
 * ```
 */
export function orderForPx(observations: readonly Observation[]): Observation[] {
  return [...planCube(observations).observations];
}
