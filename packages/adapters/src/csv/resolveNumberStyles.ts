import type { CsvRow } from "./CsvTokenizer.js";
import { decisiveStyle } from "./inferNumberStyle.js";
import type { NumberStyle, NumberStyleOption } from "./parseNumber.js";
import { restoreCell } from "./neutraliseCell.js";

/** The style a number column is read in, and what decided it (for messages). */
export interface ColumnStyle {
  readonly style: NumberStyleOption;
  /** Where the style comes from, e.g. `"1,5" on line 4` (absent when the caller set it). */
  readonly evidence?: string;
}

/**
 * Decides the number style of each number column. A style given by the caller holds for all.
 * With `"auto"`, a column takes the style of its first value that only one style reads; a
 * column with no such value takes the style the other number columns agree on; a column
 * still undecided stays `"auto"`, so its ambiguous values (`1,234`) are `ambiguous_number`.
 *
 * @example
 * ```ts
 * resolveNumberStyles(rows, [3, 4], "auto"); // Map { 3 => { style: "nb", evidence: '"41,5" on line 2' }, 4 => … }
 * ```
 */
export function resolveNumberStyles(rows: readonly CsvRow[], columns: readonly number[], option: NumberStyleOption): Map<number, ColumnStyle> {
  const styles = new Map<number, ColumnStyle>();
  if (option !== "auto") {
    for (const c of columns) styles.set(c, { style: option });
    return styles;
  }
  const found = new Set<NumberStyle>();
  for (const c of columns) {
    for (const row of rows) {
      const text = row.error === undefined ? row.fields[c] : undefined;
      if (text === undefined) continue;
      const style = decisiveStyle(restoreCell(text));
      if (style !== undefined) {
        styles.set(c, { style, evidence: `${JSON.stringify(text)} on line ${row.line}` });
        found.add(style);
        break;
      }
    }
  }
  const [only] = found;
  for (const c of columns) {
    if (styles.has(c)) continue;
    if (only !== undefined && found.size === 1) {
      const from = [...styles.values()].find((s) => s.style === only)?.evidence ?? "";
      styles.set(c, { style: only, evidence: `another number column (${from})` });
    } else styles.set(c, { style: "auto" });
  }
  return styles;
}
