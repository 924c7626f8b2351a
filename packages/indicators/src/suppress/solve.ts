// Linear algebra for secondary suppression: which unknowns of A·x = b are fixed by it.

const EPS = 1e-9;

/**
 * The unknowns (column indices) whose value the equations fix, whatever the other unknowns
 * are: reduce the equations (rows over `columns` unknowns, sparse as column → coefficient) to
 * reduced row echelon form; an unknown is fixed exactly when it is a pivot whose row has no
 * free column. Sorted ascending. Internal.
 *
 * @example
 * ```ts
 * determinedColumns([new Map([[0, 1], [1, -1]]), new Map([[1, 1]])], 2); // [0, 1]
 * ```
 */
export function determinedColumns(rows: readonly ReadonlyMap<number, number>[], columns: number): number[] {
  const m: Float64Array[] = [];
  for (const row of rows) {
    if (row.size === 0) continue;
    const dense = new Float64Array(columns);
    for (const [c, v] of row) dense[c] = (dense[c] ?? 0) + v;
    m.push(dense);
  }
  const pivotOfRow: number[] = [];
  let r = 0;
  for (let c = 0; c < columns && r < m.length; c++) {
    let best = -1;
    let bestAbs = EPS;
    for (let i = r; i < m.length; i++) {
      const a = Math.abs(m[i]![c]!);
      if (a > bestAbs) {
        bestAbs = a;
        best = i;
      }
    }
    if (best < 0) continue;
    [m[r], m[best]] = [m[best]!, m[r]!];
    const pivotRow = m[r]!;
    const p = pivotRow[c]!;
    for (let j = c; j < columns; j++) pivotRow[j]! /= p;
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const row = m[i]!;
      const f = row[c]!;
      if (Math.abs(f) <= EPS) {
        row[c] = 0;
        continue;
      }
      for (let j = c; j < columns; j++) row[j]! -= f * pivotRow[j]!;
      row[c] = 0;
    }
    pivotOfRow.push(c);
    r++;
  }
  const isPivot = new Uint8Array(columns);
  for (const c of pivotOfRow) isPivot[c] = 1;
  const out: number[] = [];
  pivotOfRow.forEach((c, i) => {
    const row = m[i]!;
    for (let j = 0; j < columns; j++) if (!isPivot[j] && Math.abs(row[j]!) > EPS) return;
    out.push(c);
  });
  return out.sort((a, b) => a - b);
}
