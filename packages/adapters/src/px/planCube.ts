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

/** Whether the edges `from → to` between codes leave them an order (no cycle). */
function acyclic(edges: readonly (readonly [string, string])[]): boolean {
  const next = new Map<string, Set<string>>();
  const degree = new Map<string, number>();
  for (const [from, to] of edges) {
    if (!degree.has(from)) degree.set(from, 0);
    const out = next.get(from) ?? next.set(from, new Set()).get(from)!;
    if (out.has(to)) continue;
    out.add(to);
    degree.set(to, (degree.get(to) ?? 0) + 1);
  }
  const ready = [...degree].filter(([, d]) => d === 0).map(([c]) => c);
  let done = 0;
  for (let c = ready.pop(); c !== undefined; c = ready.pop()) {
    done++;
    for (const to of next.get(c) ?? []) {
      const d = degree.get(to)! - 1;
      degree.set(to, d);
      if (d === 0) ready.push(to);
    }
  }
  return done === degree.size;
}

/** Pair comparisons the nesting search may make before giving up and sorting instead. */
const BUDGET = 20_000_000;

/**
 * Finds a nesting under which the keys rise: each consecutive pair rises at the first
 * variable (outermost first) where it differs, with one consistent order of each variable's
 * codes. A depth-first search over which variable comes next, in canonical order, cut where
 * a variable's pairs would need its codes in a cycle; variables that tell no remaining pair
 * apart can go anywhere, so they are placed without branching.
 */
function findNesting(keys: readonly string[][], width: number): number[] | undefined {
  let budget = BUDGET;
  const pairs = keys.map((_, i) => i).slice(1);
  // Which key positions differ between each observation and the one before, as bits (compared once, not per search step).
  const masks = width <= 30 ? new Int32Array(keys.length) : undefined;
  if (masks)
    for (let i = 1; i < keys.length; i++) {
      let mask = 0;
      for (let k = 0; k < width; k++) if (keys[i - 1]![k] !== keys[i]![k]) mask |= 1 << k;
      masks[i] = mask;
    }
  const differ = masks ? (i: number, k: number) => (masks[i]! & (1 << k)) !== 0 : (i: number, k: number) => keys[i - 1]![k] !== keys[i]![k];
  const search = (prefix: readonly number[], open: readonly number[]): number[] | undefined => {
    const rest = Array.from({ length: width }, (_, k) => k).filter((k) => !prefix.includes(k));
    if (open.length === 0) return [...prefix, ...rest];
    budget -= open.length * rest.length;
    if (budget < 0) return undefined;
    const splits = (k: number) => open.some((i) => differ(i, k));
    for (const k of rest) {
      if (!splits(k)) continue;
      const edges = open.flatMap((i) => (differ(i, k) ? [[keys[i - 1]![k]!, keys[i]![k]!] as const] : []));
      if (!acyclic(edges)) continue;
      const neutral = rest.filter((n) => n < k && !splits(n));
      const found = search(
        [...prefix, ...neutral, k],
        open.filter((i) => !differ(i, k)),
      );
      if (found) return found;
    }
    return undefined;
  };
  return search([], pairs);
}

/** The plan for observations in their given order; `undefined` when it is no cube order. */
function plan(list: readonly Observation[], dimensionIds: readonly string[]): CubePlan | undefined {
  const keys = list.map((o) => cubeKey(o, dimensionIds));
  const width = 3 + dimensionIds.length;
  const nesting = findNesting(keys, width);
  const values = nesting && valueOrders(keys, nesting, width);
  return nesting && values ? { observations: list, dimensionIds, nesting, values: values.map((v) => (v.length ? v : [""])) } : undefined;
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
  const { observations: list, dimensionIds } = normaliseObservations(observations, true);
  return plan(list, dimensionIds) ?? plan(sortForPx(list), dimensionIds)!;
}
