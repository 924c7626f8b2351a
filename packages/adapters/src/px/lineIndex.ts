/** Offsets where each line of a text starts, to turn an offset into a line and column. */
export type LineIndex = readonly number[];

/**
 * Indexes the line starts of a text (after `\n`; `\r\n` counts once).
 *
 * @example
 * ```ts
 * lineIndex("A=1;\nB=2;"); // [0, 5]
 * ```
 */
export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The 1-based line and column of an offset.
 *
 * @example
 * ```ts
 * positionAt([0, 5], 7); // { line: 2, column: 3 }
 * ```
 */
export function positionAt(index: LineIndex, offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = index.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - index[lo]! + 1 };
}
