import type { NumberStyle } from "./readNumberAs.js";
import { tryParseNumber } from "./parseNumber.js";

/**
 * The style of a column of numbers: that of the first value only one style reads (`1,5` is
 * Norwegian, `1.5` and `1,234.5` English, `1.234,5` Norwegian); `undefined` when no value
 * tells (`12`, `1 234`, `..`, or only ambiguous ones such as `1,234`).
 *
 * @example
 * ```ts
 * import { inferNumberStyle } from "@opptrapping/adapters/csv";
 * inferNumberStyle(["1,234", "12", "0,5"]); // "nb" (so "1,234" is 1.234)
 * inferNumberStyle(["1,234", ".."]); // undefined
 * ```
 */
export function inferNumberStyle(values: Iterable<string>): NumberStyle | undefined {
  for (const text of values) {
    const style = decisiveStyle(text);
    if (style !== undefined) return style;
  }
  return undefined;
}

/** The style a single value proves, if any. */
export function decisiveStyle(text: string): NumberStyle | undefined {
  const r = tryParseNumber(text, "auto");
  return r.kind === "number" && r.style !== "either" ? r.style : undefined;
}
