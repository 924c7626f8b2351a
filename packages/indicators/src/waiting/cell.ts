// The statistics of one group and period, held in bounded memory: integer sums, and a
// histogram of waiting days that is a small open-addressing table (day + 1, count pairs)
// while few distinct days occur, and a dense Uint32Array over 0…maxWaitDays once the table
// would use more than a quarter of the dense array's bytes.

/** One group and period. Mutable, private to the accumulator. */
export interface Cell {
  /** Completed waits. */
  n: number;
  /** Σ waiting days of completed waits: an integer, exact below 2^53. */
  sum: number;
  /** Completed waits within the service's limit. */
  within: number;
  /** Difference array of the still-waiting count: +1 where waits begin, −1 where they end. */
  delta: number;
  /** Dense histogram, index = days. */
  dense: Uint32Array | null;
  /** Sparse histogram: pairs (days + 1, count), 0 = empty slot; length 2·capacity. */
  sparse: Uint32Array | null;
  /** Distinct days in the sparse table. */
  size: number;
}

/** A cell with nothing in it. */
export function createCell(): Cell {
  return { n: 0, sum: 0, within: 0, delta: 0, dense: null, sparse: null, size: 0 };
}

const FIRST_CAPACITY = 8;

/** Counts one wait of `days` (0 ≤ days < denseLength). */
export function addDays(cell: Cell, days: number, denseLength: number): void {
  const dense = cell.dense;
  if (dense !== null) {
    dense[days]!++;
    return;
  }
  let table = cell.sparse;
  if (table === null) table = cell.sparse = new Uint32Array(2 * FIRST_CAPACITY);
  const key = days + 1;
  let mask = (table.length >> 1) - 1;
  let slot = days & mask;
  for (;;) {
    const k = table[2 * slot]!;
    if (k === key) {
      table[2 * slot + 1]!++;
      return;
    }
    if (k === 0) break;
    slot = (slot + 1) & mask;
  }
  // A new distinct value: grow (or turn dense) at three-quarters load.
  if (4 * (cell.size + 1) > 3 * (mask + 1)) {
    const capacity = 2 * (mask + 1);
    if (capacity * 8 * 4 >= denseLength * 4) {
      const d = new Uint32Array(denseLength);
      for (let i = 0; i < table.length; i += 2) if (table[i]! !== 0) d[table[i]! - 1] = table[i + 1]!;
      d[days]!++;
      cell.dense = d;
      cell.sparse = null;
      cell.size = 0;
      return;
    }
    const grown = new Uint32Array(2 * capacity);
    mask = capacity - 1;
    for (let i = 0; i < table.length; i += 2) {
      const k = table[i]!;
      if (k === 0) continue;
      let s = (k - 1) & mask;
      while (grown[2 * s]! !== 0) s = (s + 1) & mask;
      grown[2 * s] = k;
      grown[2 * s + 1] = table[i + 1]!;
    }
    table = cell.sparse = grown;
    slot = days & mask;
    while (table[2 * slot]! !== 0) slot = (slot + 1) & mask;
  }
  table[2 * slot] = key;
  table[2 * slot + 1] = 1;
  cell.size++;
}

/**
 * The `ranks[i]`-th smallest waits (0-based, ascending ranks) of a cell's histogram, exact:
 * one walk over the days in order.
 */
export function valuesAtRanks(cell: Cell, ranks: readonly number[]): number[] {
  const out: number[] = [];
  let r = 0;
  let seen = 0;
  const visit = (days: number, count: number) => {
    seen += count;
    while (r < ranks.length && ranks[r]! < seen) {
      out.push(days);
      r++;
    }
  };
  if (cell.dense !== null) {
    const d = cell.dense;
    for (let days = 0; days < d.length && r < ranks.length; days++) if (d[days]! !== 0) visit(days, d[days]!);
  } else if (cell.sparse !== null) {
    const t = cell.sparse;
    const keys: number[] = [];
    const counts = new Map<number, number>();
    for (let i = 0; i < t.length; i += 2) {
      if (t[i]! === 0) continue;
      keys.push(t[i]! - 1);
      counts.set(t[i]! - 1, t[i + 1]!);
    }
    keys.sort((a, b) => a - b);
    for (const days of keys) {
      if (r >= ranks.length) break;
      visit(days, counts.get(days)!);
    }
  }
  return out;
}

/**
 * The 0-based rank of DuckDB's `quantile_disc(q)` among n sorted values for q = num/den:
 * ⌈n·q⌉ − 1 (at least 0), in integer arithmetic so no rounding can move it. DuckDB computes
 * it the same way for decimal literals: max(1, n − ⌊n·(1 − q)⌋) − 1.
 */
export function discRank(n: number, num: number, den: number): number {
  return Math.max(1, Math.floor((n * num + den - 1) / den)) - 1;
}
