import { observationSchema, type Observation } from "@opptrapping/core";
import { AdapterError } from "../AdapterError.js";
import { parseTimeCode } from "../mapping/timeCode.js";

/** Code-unit order, the same everywhere (no locale). */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Observations in cube order with the disaggregation ids they use, sorted. */
export interface Cube {
  readonly observations: readonly Observation[];
  readonly dimensionIds: readonly string[];
}

/** The cube key of an observation: indicator, period, org unit, then each disaggregation (`""` when absent). */
export const cubeKey = (o: Observation, dimensionIds: readonly string[]): string[] => [
  o.indicatorId,
  o.period,
  o.orgUnit,
  ...dimensionIds.map((id) => (Object.hasOwn(o.dimensions, id) ? o.dimensions[id]! : "")),
];

function canonical(input: Observation, i: number): Observation {
  const r = observationSchema.safeParse(input);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new AdapterError("invalid_observation", `observation ${i} is not valid: ${issue.path.join(".")}: ${issue.message}`, { path: ["observations", i, ...issue.path.map((p) => (typeof p === "number" ? p : String(p)))] });
  }
  const o = r.data;
  return {
    ...o,
    period: parseTimeCode(o.period) ?? o.period,
    dimensions: Object.fromEntries(Object.entries(o.dimensions).sort(([a], [b]) => compareText(a, b))),
    flags: [...new Set(o.flags)].sort(),
  };
}

/** Validates, normalises and sorts observations into the cube `toPx` writes; see {@link sortForPx}. */
export function toCube(observations: readonly Observation[]): Cube {
  const list = observations.map(canonical);
  const dimensionIds = [...new Set(list.flatMap((o) => Object.keys(o.dimensions)))].sort(compareText);
  const keyed = list.map((o, index) => ({ o, index, key: cubeKey(o, dimensionIds) }));
  keyed.sort((a, b) => {
    for (let k = 0; k < a.key.length; k++) {
      const c = compareText(a.key[k]!, b.key[k]!);
      if (c !== 0) return c;
    }
    return 0;
  });
  for (let i = 1; i < keyed.length; i++) {
    const [a, b] = [keyed[i - 1]!, keyed[i]!];
    if (a.key.every((part, k) => part === b.key[k]))
      throw new AdapterError("duplicate_observation", `observations ${Math.min(a.index, b.index)} and ${Math.max(a.index, b.index)} have the same indicator, period, org unit and disaggregations; a PX cube holds one cell for each`, {
        path: ["observations", Math.max(a.index, b.index)],
      });
  }
  return { observations: keyed.map((k) => k.o), dimensionIds };
}

/**
 * Observations as `toPx` then `fromPx` with `pxNativeMapping` give them back: validated,
 * periods canonical, flags sorted and unique, disaggregations in id order, and sorted in cube
 * order — by indicator, period, org unit, then each disaggregation id in turn (absent
 * first), every key compared by code units. Two observations with the same key are
 * `duplicate_observation`: a cube has one cell for each.
 *
 * @example
 * ```ts
 * import { sortForPx } from "@opptrapping/adapters/px";
 * sortForPx([b, a]); // [a, b] when a's indicator, period, … sort first
 * ```
 */
export function sortForPx(observations: readonly Observation[]): Observation[] {
  return [...toCube(observations).observations];
}
