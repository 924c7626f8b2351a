import { idSchema, isOrgUnitId, observationFlagSchema, observationSchema, periodStringSchema, type Observation } from "@opptrapping/core";
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

/** Checks worked out once per distinct string within one normalisation. */
interface Memo {
  readonly ids: Map<string, boolean>;
  readonly periods: Map<string, boolean>;
  readonly orgUnits: Map<string, boolean>;
  readonly timeCodes: Map<string, string | undefined>;
}
const newMemo = (): Memo => ({ ids: new Map(), periods: new Map(), orgUnits: new Map(), timeCodes: new Map() });
function memoised<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  if (cache.has(key)) return cache.get(key)!;
  const value = compute(key);
  cache.set(key, value);
  return value;
}
const isId = (m: Memo, s: unknown): boolean => typeof s === "string" && memoised(m.ids, s, (k) => idSchema.safeParse(k).success);
const isPlain = (o: unknown): o is Record<string, unknown> => {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  const proto = Object.getPrototypeOf(o) as unknown;
  return (proto === Object.prototype || proto === null) && Object.getOwnPropertySymbols(o).length === 0;
};
const isCount = (x: unknown): boolean => typeof x === "number" && Number.isFinite(x) && x >= 0;
const QUICK_KEYS = new Set(["indicatorId", "period", "orgUnit", "dimensions", "value", "numerator", "denominator", "count", "flags"]);
const FLAGS = new Set<unknown>(observationFlagSchema.options);

/**
 * What `observationSchema.safeParse(input).data` is, for the plain observations a reader gives
 * (no interval, standard error, source or note), without zod's per-observation cost;
 * `undefined` when it cannot vouch for the input, which then goes through zod.
 */
function quickParse(input: unknown, m: Memo): Observation | undefined {
  if (!isPlain(input)) return undefined;
  for (const key of Object.keys(input)) if (!QUICK_KEYS.has(key)) return undefined;
  const { indicatorId, period, orgUnit, value, flags = [], dimensions = {} } = input;
  if (!isId(m, indicatorId) || typeof period !== "string" || typeof orgUnit !== "string") return undefined;
  if (!memoised(m.periods, period, (k) => periodStringSchema.safeParse(k).success) || !memoised(m.orgUnits, orgUnit, isOrgUnitId)) return undefined;
  if (!(value === null || (typeof value === "number" && Number.isFinite(value)))) return undefined;
  if (!isPlain(dimensions)) return undefined;
  const dims: Record<string, string> = {};
  for (const key of Object.keys(dimensions)) {
    const v = dimensions[key];
    if (!isId(m, key) || typeof v !== "string" || v.length === 0) return undefined;
    dims[key] = v;
  }
  if (!Array.isArray(flags) || !flags.every((f) => FLAGS.has(f))) return undefined;
  const out: Record<string, unknown> = { indicatorId, period, orgUnit, dimensions: dims, value };
  for (const key of ["numerator", "denominator", "count"] as const) {
    if (!Object.hasOwn(input, key)) continue;
    const x = input[key];
    if (x !== undefined && !isCount(x)) return undefined;
    out[key] = x;
  }
  out["flags"] = [...(flags as unknown[])];
  const o = out as unknown as Observation;
  if (o.value === null && !o.flags.includes("missing") && !o.flags.includes("suppressed")) return undefined;
  if (o.numerator !== undefined && o.denominator !== undefined && o.numerator > o.denominator) return undefined;
  return o;
}

function normalise(input: Observation, i: number, memo?: Memo): Observation {
  const quick = memo && quickParse(input, memo);
  if (quick) {
    const o = quick;
    return {
      ...o,
      period: memoised(memo.timeCodes, o.period, (k) => parseTimeCode(k)) ?? o.period,
      dimensions: Object.fromEntries(Object.entries(o.dimensions).sort(([a], [b]) => compareText(a, b))),
      flags: [...new Set(o.flags)].sort(),
    };
  }
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
export function normaliseObservations(observations: readonly Observation[], quick = false): Normalised {
  const memo = quick ? newMemo() : undefined;
  const list = observations.map((o, i) => normalise(o, i, memo));
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
