import { observationSchema, type Observation } from "@opptrapping/core";
import { AdapterError } from "../AdapterError.js";
import { parseTimeCode } from "../mapping/timeCode.js";

/**
 * Code-unit order, the same everywhere (no locale).
 *
 * @example
 * ```ts
 * ["b", "B", "a"].sort(compareText); // ["B", "a", "b"]
 * ```
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Validated observations in normal form, with the disaggregation ids they use (sorted). */
export interface Normalised {
  readonly observations: readonly Observation[];
  readonly dimensionIds: readonly string[];
}

/**
 * The cube key of an observation: indicator, period, org unit, then each disaggregation (`""` when absent).
 *
 * @example
 * ```ts
 * cubeKey(observation, ["sex"]); // ["R5.wait", "2024-06", "NO", "male"]
 * ```
 */
export const cubeKey = (o: Observation, dimensionIds: readonly string[]): string[] => [
  o.indicatorId,
  o.period,
  o.orgUnit,
  ...dimensionIds.map((id) => (Object.hasOwn(o.dimensions, id) ? o.dimensions[id]! : "")),
];

function normalise(input: Observation, i: number): Observation {
  const r = observationSchema.safeParse(input);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new AdapterError("invalid_observation", `observation ${i} is not valid: ${issue.path.join(".")}: ${issue.message}`, {
      path: ["observations", i, ...issue.path.map((p) => (typeof p === "number" ? p : String(p)))],
    });
  }
  const o = r.data;
  return {
    ...o,
    period: parseTimeCode(o.period) ?? o.period,
    dimensions: Object.fromEntries(Object.entries(o.dimensions).sort(([a], [b]) => compareText(a, b))),
    flags: [...new Set(o.flags)].sort(),
  };
}

/**
 * Validates observations (`invalid_observation`) and puts them in normal form — canonical
 * periods, flags sorted and unique, disaggregations in id order — refusing two for one cell
 * (`duplicate_observation`).
 *
 * @example
 * ```ts
 * normaliseObservations([o]).dimensionIds; // ["service", "sex"]
 * ```
 */
export function normaliseObservations(observations: readonly Observation[]): Normalised {
  const list = observations.map(normalise);
  const dimensionIds = [...new Set(list.flatMap((o) => Object.keys(o.dimensions)))].sort(compareText);
  const seen = new Map<string, number>();
  list.forEach((o, i) => {
    const key = JSON.stringify(cubeKey(o, dimensionIds));
    const first = seen.get(key);
    if (first !== undefined)
      throw new AdapterError("duplicate_observation", `observations ${first} and ${i} have the same indicator, period, org unit and disaggregations; a PX cube holds one cell for each`, {
        path: ["observations", i],
      });
    seen.set(key, i);
  });
  return { observations: list, dimensionIds };
}

/**
 * Observations in normal form (validated, periods canonical, flags sorted and unique,
 * disaggregations in id order) and canonical cube order: by indicator, period, org unit,
 * then each disaggregation id in turn (absent first), every key compared by code units.
 * `toPx` writes this order when the observations do not come in a cube order of their own.
 * Throws `invalid_observation`, and `duplicate_observation` for two observations of one cell.
 *
 * @example
 * ```ts
 * import { sortForPx } from "@opptrapping/adapters/px";
 * sortForPx([b, a]); // [a, b] when a's indicator, period, … sort first
 * ```
 */
export function sortForPx(observations: readonly Observation[]): Observation[] {
  const { observations: list, dimensionIds } = normaliseObservations(observations);
  const keyed = list.map((o) => ({ o, key: cubeKey(o, dimensionIds) }));
  keyed.sort((a, b) => {
    for (let k = 0; k < a.key.length; k++) {
      const c = compareText(a.key[k]!, b.key[k]!);
      if (c !== 0) return c;
    }
    return 0;
  });
  return keyed.map((k) => k.o);
}
