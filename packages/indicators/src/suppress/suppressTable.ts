import { determinedColumns } from "./solve.js";
import { SuppressionError } from "./SuppressionError.js";

/**
 * One inner cell of a frequency table: its key (one value per dimension) and its count, the
 * number of persons (or records) behind it.
 *
 * @example
 * ```ts
 * import type { TableCell } from "@opptrapping/indicators";
 * const cell: TableCell = { key: ["PHBU", "hf-bergen"], count: 3 };
 * ```
 */
export interface TableCell {
  readonly key: readonly string[];
  readonly count: number;
}

/**
 * Why a cell is suppressed (prikket): `primary` — it holds fewer than `minCount` persons;
 * `secondary` — it is published cells' complement: without it a primary cell could be worked
 * out from the published totals and neighbours.
 *
 * @example
 * ```ts
 * import type { SuppressionRule } from "@opptrapping/indicators";
 * const rule: SuppressionRule = "secondary";
 * ```
 */
export type SuppressionRule = "primary" | "secondary";

/**
 * Options of {@link suppressTable}.
 *
 * @example
 * ```ts
 * import type { SuppressionOptions } from "@opptrapping/indicators";
 * const o: SuppressionOptions = { minCount: 5, margins: [1] };
 * ```
 */
export interface SuppressionOptions {
  /**
   * Primary suppression: a cell (inner or total) with 1 to `minCount − 1` persons is
   * suppressed. @default 5 (cells of 1–4 persons)
   */
  readonly minCount?: number;
  /**
   * The dimensions (indices into the key) that published totals sum over. Every combination
   * of them is assumed published: with `[0, 1]` the totals over dimension 0, over 1, and over
   * both. @default every dimension — the safe assumption that any total may be published
   */
  readonly margins?: readonly number[];
  /** Also suppress cells of 0 persons as primary (a zero can disclose that nobody has a trait). @default false */
  readonly protectZeros?: boolean;
}

/**
 * A cell of the protected table: an inner cell (every key value a string) or a total (`null`
 * where the key is summed over), with its count and whether it is suppressed.
 *
 * @example
 * ```ts
 * import type { ProtectedCell } from "@opptrapping/indicators";
 * const total: ProtectedCell = { key: ["PHBU", null], count: 12, suppressed: null };
 * ```
 */
export interface ProtectedCell {
  readonly key: readonly (string | null)[];
  readonly count: number;
  readonly suppressed: SuppressionRule | null;
}

/**
 * What {@link suppressTable} decided: every inner cell (in input order) and every total
 * (sorted by key, `null` first) with its suppression, counts of each rule, and the cells it
 * could not protect (`exposed`, empty unless the table has no candidate left).
 *
 * @example
 * ```ts
 * import type { SuppressedTable } from "@opptrapping/indicators";
 * declare const t: SuppressedTable;
 * t.cells.filter((c) => c.suppressed !== null).length; // t.primary + secondary inner cells
 * ```
 */
export interface SuppressedTable {
  readonly minCount: number;
  readonly margins: readonly number[];
  readonly cells: readonly ProtectedCell[];
  readonly totals: readonly ProtectedCell[];
  /** Cells (inner and totals) suppressed by the primary rule. */
  readonly primary: number;
  /** Cells (inner and totals) suppressed to protect the primary ones. */
  readonly secondary: number;
  /** Suppressed cells that can still be worked out (only when nothing was left to suppress). */
  readonly exposed: readonly ProtectedCell[];
}

/** How many of the smallest candidates each round tries (small problems). */
const TRIED = 12;
/** Up to this many hidden cells, complements are chosen one at a time, trying each; above, one per exposed cell per round. */
const CAREFUL_LIMIT = 40;
/** How many second cells the look-ahead tries. */
const LOOKAHEAD = 6;

/**
 * Protects a frequency table by cell suppression (prikking), as SSB's GaussSuppression does:
 * primary suppression of every cell (inner cells and the published totals) with 1 to
 * `minCount − 1` persons, then secondary suppression until no suppressed cell can be worked
 * out exactly from the published cells — solving the linear system "each total = the sum of
 * its cells" by Gaussian elimination, a suppressed cell is exposed when its value is fixed
 * whatever the other suppressed cells are. Each round hides one more published cell for the
 * first exposed cell: candidates are the cells of its smallest total first (the grand total
 * holds every cell, and hiding one far away protects nothing), each total's by fewest persons
 * (inner cells before totals, ties by key; if none, a total further on); of the first twelve,
 * the one that leaves the fewest cells exposed once the best of six next cells is added too
 * (then the fewest right after it) is taken. Never an empty cell unless
 * `protectZeros`. With more than 40 hidden cells, each round instead hides the first candidate
 * of every exposed cell at once — faster on large tables, at the cost of hiding a little more.
 * Deterministic: the same table always gives the same pattern.
 *
 * It does not protect against interval disclosure (bounds from counts never being negative),
 * nor against other tables published from the same data: list every published total in
 * `margins`, and run tables that share cells together.
 *
 * @throws {SuppressionError} `invalid_table`, `duplicate_cell`, `invalid_options`.
 * @example
 * ```ts
 * import { suppressTable } from "@opptrapping/indicators";
 * const t = suppressTable(
 *   [
 *     { key: ["PHBU", "hf-a"], count: 3 }, { key: ["PHBU", "hf-b"], count: 40 }, { key: ["PHBU", "hf-c"], count: 50 },
 *     { key: ["PHV", "hf-a"], count: 30 }, { key: ["PHV", "hf-b"], count: 60 }, { key: ["PHV", "hf-c"], count: 70 },
 *   ],
 *   { minCount: 5 },
 * );
 * t.cells.map((c) => c.suppressed); // ["primary", "secondary", null, "secondary", "secondary", null]
 * ```
 */
export function suppressTable(cells: readonly TableCell[], options: SuppressionOptions = {}): SuppressedTable {
  const minCount = options.minCount ?? 5;
  if (!Number.isInteger(minCount) || minCount < 1) {
    throw new SuppressionError("invalid_options", `minCount must be a whole number ≥ 1, got ${String(minCount)}`, ["minCount"]);
  }
  const width = cells[0]?.key.length ?? 0;
  const margins = [...(options.margins ?? Array.from({ length: width }, (_, i) => i))].sort((a, b) => a - b);
  for (const m of margins) {
    if (!Number.isInteger(m) || m < 0 || m >= width) {
      throw new SuppressionError("invalid_options", `margin ${String(m)} is not a dimension of the table (0–${width - 1})`, ["margins"]);
    }
  }
  if (new Set(margins).size !== margins.length) throw new SuppressionError("invalid_options", `margins names a dimension twice: ${margins.join(", ")}`, ["margins"]);
  const seen = new Map<string, number>();
  cells.forEach((cell, i) => {
    if (!Array.isArray(cell.key) || cell.key.length !== width || cell.key.some((k) => typeof k !== "string")) {
      throw new SuppressionError("invalid_table", `cell ${i} has key ${JSON.stringify(cell.key)}; every key must be ${width} strings, like the first cell's`, ["cells", i]);
    }
    if (!Number.isInteger(cell.count) || cell.count < 0) {
      throw new SuppressionError("invalid_table", `cell ${i} (${cell.key.join(", ")}) has count ${String(cell.count)}; a count is a whole number ≥ 0`, ["cells", i]);
    }
    const k = JSON.stringify(cell.key);
    const first = seen.get(k);
    if (first !== undefined) throw new SuppressionError("duplicate_cell", `cells ${first} and ${i} have the same key (${cell.key.join(", ")})`, ["cells", i]);
    seen.set(k, i);
  });

  // Variables: inner cells 0…n−1, then the totals. Equations: total − Σ its cells = 0.
  const keys: (string | null)[][] = cells.map((c) => [...c.key]);
  const counts: number[] = cells.map((c) => c.count);
  const inner = cells.length;
  const equations: number[][] = [];
  for (let mask = 1; mask < 1 << margins.length; mask++) {
    const summed = margins.filter((_, i) => mask & (1 << i));
    const groups = new Map<string, number[]>();
    cells.forEach((cell, i) => {
      const key = cell.key.map((v, d) => (summed.includes(d) ? null : v));
      const k = JSON.stringify(key);
      const members = groups.get(k);
      if (members) members.push(i);
      else groups.set(k, [i]);
    });
    for (const [k, members] of groups) {
      keys.push(JSON.parse(k) as (string | null)[]);
      counts.push(members.reduce((s, i) => s + counts[i]!, 0));
      equations.push([keys.length - 1, ...members]);
    }
  }
  const n = keys.length;
  const rule: (SuppressionRule | null)[] = counts.map((c) => (c < minCount && (c > 0 || options.protectZeros === true) ? "primary" : null));
  const byVariable: number[][] = Array.from({ length: n }, () => []);
  equations.forEach((eq, e) => eq.forEach((v) => byVariable[v]!.push(e)));
  const order = keys.map((_, i) => i).sort((a, b) => compareKeys(keys[a]!, keys[b]!) || a - b);
  const rank = new Int32Array(n);
  order.forEach((v, i) => (rank[v] = i));

  /**
   * The published cells nearest to `target`, best first: those in its smallest total first
   * (the grand total has every cell in it, and hiding a cell far away protects nothing), each
   * total's cells by fewest persons; if none, one total further on.
   */
  const candidatesOf = (target: number): number[] => {
    const out: number[] = [];
    const taken = new Set<number>([target]);
    let frontier = [target];
    const seenEquations = new Set<number>();
    while (out.length === 0 && frontier.length > 0) {
      const eqs = [...new Set(frontier.flatMap((u) => byVariable[u]!))].filter((e) => !seenEquations.has(e)).sort((a, b) => equations[a]!.length - equations[b]!.length || a - b);
      const next: number[] = [];
      for (const e of eqs) {
        seenEquations.add(e);
        const found: number[] = [];
        for (const v of equations[e]!) {
          if (taken.has(v)) continue;
          taken.add(v);
          next.push(v);
          if (rule[v] === null && (counts[v]! > 0 || options.protectZeros === true)) found.push(v);
        }
        out.push(...found.sort((a, b) => (better(a, b, inner, counts, rank) ? -1 : 1)));
      }
      frontier = next;
    }
    return out;
  };

  let exposed: number[] = [];
  for (;;) {
    exposed = exposedCells(equations, rule);
    if (exposed.length === 0) break;
    exposed.sort((a, b) => rank[a]! - rank[b]!);
    const hidden = rule.reduce((n, r) => n + (r === null ? 0 : 1), 0);
    let added = 0;
    if (hidden <= CAREFUL_LIMIT) {
      // Small problems: of the smallest candidates for the first exposed cell, take the one
      // that leaves the fewest cells exposed.
      // Looking one step further (the best second cell after it) avoids the myopic choice
      // that only shifts the exposure to a neighbour.
      let pick = -1;
      let best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
      for (const v of candidatesOf(exposed[0]!).slice(0, TRIED)) {
        rule[v] = "secondary";
        const after = exposedCells(equations, rule);
        let ahead = after.length;
        if (ahead > 0) {
          const next = after.reduce((a, b) => (rank[a]! <= rank[b]! ? a : b));
          for (const w of candidatesOf(next).slice(0, LOOKAHEAD)) {
            rule[w] = "secondary";
            ahead = Math.min(ahead, exposedCells(equations, rule).length);
            rule[w] = null;
          }
        }
        rule[v] = null;
        if (ahead < best[0]! || (ahead === best[0] && after.length < best[1]!)) {
          best = [ahead, after.length];
          pick = v;
        }
      }
      if (pick >= 0) {
        rule[pick] = "secondary";
        added++;
      }
    } else {
      // Large problems: one complement for every exposed cell per round (the smallest nearby).
      for (const target of exposed) {
        const pick = candidatesOf(target)[0];
        if (pick !== undefined) {
          rule[pick] = "secondary";
          added++;
        }
      }
    }
    if (added === 0) break;
  }

  const cellOf = (i: number): ProtectedCell => Object.freeze({ key: Object.freeze(keys[i]!), count: counts[i]!, suppressed: rule[i]! });
  const totals = order.filter((v) => v >= inner).map(cellOf);
  return Object.freeze({
    minCount,
    margins: Object.freeze(margins),
    cells: Object.freeze(cells.map((_, i) => cellOf(i))),
    totals: Object.freeze(totals),
    primary: rule.filter((r) => r === "primary").length,
    secondary: rule.filter((r) => r === "secondary").length,
    exposed: Object.freeze(exposed.sort((a, b) => rank[a]! - rank[b]!).map(cellOf)),
  });
}

/** The suppressed variables the published ones fix, given the equations (each a list: total, then its cells). */
function exposedCells(equations: readonly (readonly number[])[], rule: readonly (SuppressionRule | null)[]): number[] {
  const column = new Map<number, number>();
  const variables: number[] = [];
  const rows: Map<number, number>[] = [];
  for (const eq of equations) {
    const row = new Map<number, number>();
    eq.forEach((v, i) => {
      if (rule[v] === null) return;
      let c = column.get(v);
      if (c === undefined) {
        column.set(v, (c = variables.length));
        variables.push(v);
      }
      row.set(c, (row.get(c) ?? 0) + (i === 0 ? 1 : -1));
    });
    if (row.size > 0) rows.push(row);
  }
  return determinedColumns(rows, variables.length).map((c) => variables[c]!);
}

function better(v: number, pick: number, inner: number, counts: readonly number[], rank: Int32Array): boolean {
  const vInner = v < inner;
  const pInner = pick < inner;
  if (vInner !== pInner) return vInner;
  if (counts[v] !== counts[pick]) return counts[v]! < counts[pick]!;
  return rank[v]! < rank[pick]!;
}

/** Orders keys value by value, `null` (a total) before any value. */
function compareKeys(a: readonly (string | null)[], b: readonly (string | null)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
