import type { Observation } from "@opptrapping/core";
import { cubeKey, normaliseObservations, sortForPx } from "./sortForPx.js";

/** How `toPx` lays observations out: their order, the variables' nesting and each variable's values in order. */
export interface CubePlan {
  readonly observations: readonly Observation[];
  readonly dimensionIds: readonly string[];
  /** Key positions (0 indicator, 1 period, 2 org unit, 3… disaggregations), outermost first. */
  readonly nesting: readonly number[];
  /** Each key position's codes, in cube order. */
  readonly values: readonly (readonly string[])[];
}

/**
 * Orders each variable's values so that every consecutive pair of keys rises at its first
 * difference under `nesting` (a topological sort, ties by first appearance); `undefined`
 * when no such order exists.
 */
function valueOrders(keys: readonly string[][], nesting: readonly number[], width: number): string[][] | undefined {
  const nodes = Array.from({ length: width }, () => new Map<string, Set<string>>());
  const indegree = Array.from({ length: width }, () => new Map<string, number>());
  for (const key of keys)
    key.forEach((code, k) => {
      if (!nodes[k]!.has(code)) (nodes[k]!.set(code, new Set()), indegree[k]!.set(code, 0));
    });
  for (let i = 1; i < keys.length; i++) {
    const k = nesting.find((v) => keys[i - 1]![v] !== keys[i]![v]);
    if (k === undefined) return undefined;
    const [from, to] = [keys[i - 1]![k]!, keys[i]![k]!];
    const next = nodes[k]!.get(from)!;
    if (!next.has(to)) (next.add(to), indegree[k]!.set(to, indegree[k]!.get(to)! + 1));
  }
  const orders: string[][] = [];
  for (let k = 0; k < width; k++) {
    const order: string[] = [];
    const degree = indegree[k]!;
    const ready = [...nodes[k]!.keys()].filter((c) => degree.get(c) === 0);
    while (ready.length) {
      const code = ready.shift()!;
      order.push(code);
      for (const to of nodes[k]!.get(code)!) {
        degree.set(to, degree.get(to)! - 1);
        if (degree.get(to) === 0) ready.push(to);
      }
    }
    if (order.length !== nodes[k]!.size) return undefined;
    orders.push(order);
  }
  return orders;
}

/** Whether, within each segment, every code of key position `k` forms one run (it never comes back). */
function contiguous(keys: readonly string[][], segments: readonly (readonly [number, number])[], k: number): boolean {
  return segments.every(([from, to]) => {
    const closed = new Set<string>();
    for (let i = from + 1; i < to; i++) {
      const [before, code] = [keys[i - 1]![k]!, keys[i]![k]!];
      if (code === before) continue;
      if (closed.has(code)) return false;
      closed.add(before);
    }
    return true;
  });
}

function runs(keys: readonly string[][], segments: readonly (readonly [number, number])[], k: number): [number, number][] {
  return segments.flatMap(([from, to]) => {
    const out: [number, number][] = [];
    for (let start = from, i = from + 1; i <= to; i++)
      if (i === to || keys[i]![k] !== keys[i - 1]![k]) (out.push([start, i]), (start = i));
    return out;
  });
}

/**
 * Infers the nesting of a cube order: the outermost variable is one whose codes each form a
 * single run, the next one whose codes do so within each of those runs, and so on (choosing
 * in canonical order when several fit, which never closes a path: a variable that fits keeps
 * fitting within smaller runs). `undefined` when the observations are in no cube order.
 */
function plan(list: readonly Observation[], dimensionIds: readonly string[]): CubePlan | undefined {
  const keys = list.map((o) => cubeKey(o, dimensionIds));
  const width = 3 + dimensionIds.length;
  const remaining = Array.from({ length: width }, (_, k) => k);
  const nesting: number[] = [];
  let segments: (readonly [number, number])[] = [[0, keys.length]];
  while (remaining.length) {
    const at = remaining.findIndex((k) => contiguous(keys, segments, k));
    if (at === -1) return undefined;
    const [k] = remaining.splice(at, 1) as [number];
    nesting.push(k);
    segments = runs(keys, segments, k);
  }
  const values = valueOrders(keys, nesting, width);
  return values ? { observations: list, dimensionIds, nesting, values: values.map((v) => (v.length ? v : [""])) } : undefined;
}

/**
 * Plans the cube `toPx` writes. Observations that already come in a cube order — some
 * nesting of the variables, each with some order of its values, as a PX or JSON-stat file
 * is read — keep their order, the nesting and value orders being inferred; any other order
 * is sorted first ({@link sortForPx}).
 *
 * @example
 * ```ts
 * planCube(fromPx(bytes, mapping).observations).observations; // in the file's order
 * ```
 */
export function planCube(observations: readonly Observation[]): CubePlan {
  const { observations: list, dimensionIds } = normaliseObservations(observations);
  return plan(list, dimensionIds) ?? plan(sortForPx(list), dimensionIds)!;
}
