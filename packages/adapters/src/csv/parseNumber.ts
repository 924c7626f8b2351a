import { AdapterError, type Location } from "../AdapterError.js";
import { readNumberAs, type NumberStyle } from "./readNumberAs.js";

export type { NumberStyle } from "./readNumberAs.js";

/**
 * A number style, or `"auto"` to tell it from the text.
 *
 * @example
 * ```ts
 * import type { NumberStyleOption } from "@opptrapping/adapters/csv";
 * const style: NumberStyleOption = "auto";
 * ```
 */
export type NumberStyleOption = "auto" | NumberStyle;

/**
 * What a cell held: a number (with the style that read it) or an SSB symbol.
 *
 * @example
 * ```ts
 * import { parseNumber, type ParsedNumber } from "@opptrapping/adapters/csv";
 * const cell: ParsedNumber = parseNumber(":"); // { kind: "symbol", value: null, status: ":" }
 * ```
 */
export type ParsedNumber =
  | {
      readonly kind: "number";
      readonly value: number;
      /** The style that read it; `"either"` when both read the same number (`1234`, `1 234`, `-5`). */
      readonly style: NumberStyle | "either";
    }
  | {
      readonly kind: "symbol";
      /** `null`, except 0 for `-` (SSB's symbol for exactly zero). */
      readonly value: number | null;
      /** The symbol: `.` `..` `...` (up to six dots), `:` or `-`. */
      readonly status: string;
    };

/**
 * A cell that is not a number, as data (for callers that collect problems).
 *
 * @example
 * ```ts
 * import { tryParseNumber } from "@opptrapping/adapters/csv";
 * const r = tryParseNumber("1.234");
 * if (r.kind === "ambiguous") console.warn(r.message);
 * ```
 */
export type NumberProblem =
  | { readonly kind: "invalid"; readonly message: string }
  | { readonly kind: "ambiguous"; readonly message: string };

const DOTS = /^\.{1,6}$/;

/**
 * Reads a number as written in Norwegian or English data files.
 *
 * - `"nb"`: decimal comma, thousands grouped by spaces (also U+00A0, U+202F) or dots:
 *   `1 234,5`, `1.234,5`. `"en"`: decimal point, thousands grouped by commas (or spaces):
 *   `1,234.5`. Either style: a sign `-`, U+2212 `−` or `+`, and an exponent (`1,5E+03`).
 * - A percent sign at the end is dropped and the number kept as written: `25,4 %` is 25.4
 *   (percentage indicators are stored in percent).
 * - SSB's symbols are returned as a status instead of a number: `.` (category not in use),
 *   `..` (missing), `...` (not yet available), `:` (confidential) with value `null`; `-`
 *   (exactly zero) with value 0.
 * - `"auto"` reads the text in both styles: if only one reads it, that one; if both read the
 *   same number, fine; if they differ (`1,234`, `1.234`: a decimal or a thousands separator)
 *   it is `ambiguous_number`. Across a column, `fromCsv` decides the style from the values
 *   that only one style reads (see `inferNumberStyle`).
 *
 * @param at where the text is, for the error (line and column).
 * @throws {AdapterError} `invalid_number` quoting the text (`12,3,4`, `1,2.3,4`, `abc`, ``);
 *   `ambiguous_number` as above — set `numberStyle`.
 * @example
 * ```ts
 * import { parseNumber } from "@opptrapping/adapters/csv";
 * parseNumber("1 234,5", "auto"); // { kind: "number", value: 1234.5, style: "nb" }
 * parseNumber("..", "nb"); // { kind: "symbol", value: null, status: ".." }
 * parseNumber("1,234", "en"); // { kind: "number", value: 1234, style: "en" }
 * ```
 */
export function parseNumber(text: string, style: NumberStyleOption = "auto", at: Location = {}): ParsedNumber {
  const result = tryParseNumber(text, style);
  if (result.kind === "invalid") throw new AdapterError("invalid_number", result.message, at);
  if (result.kind === "ambiguous") throw new AdapterError("ambiguous_number", result.message, at);
  return result;
}

/**
 * {@link parseNumber} without throwing: the number, the symbol, or the problem as data.
 *
 * @example
 * ```ts
 * import { tryParseNumber } from "@opptrapping/adapters/csv";
 * tryParseNumber("12,3,4", "auto").kind; // "invalid"
 * ```
 */
export function tryParseNumber(text: string, style: NumberStyleOption = "auto"): ParsedNumber | NumberProblem {
  let s = typeof text === "string" ? text.trim() : "";
  if (s === ":" || DOTS.test(s)) return { kind: "symbol", value: null, status: s };
  if (s === "-") return { kind: "symbol", value: 0, status: s };
  if (s.endsWith("%")) s = s.slice(0, -1).trimEnd();
  if (s === "") return { kind: "invalid", message: `${JSON.stringify(text)} is not a number` };
  if (style === "nb" || style === "en") {
    const value = readNumberAs(s, style);
    if (typeof value === "number") return { kind: "number", value, style };
    return { kind: "invalid", message: `${JSON.stringify(text)} is not a number in ${style === "nb" ? "Norwegian" : "English"} style: ${value}` };
  }
  const nb = readNumberAs(s, "nb");
  const en = readNumberAs(s, "en");
  if (typeof nb === "number" && typeof en === "number") {
    if (Object.is(nb, en)) return { kind: "number", value: nb, style: "either" };
    return {
      kind: "ambiguous",
      message: `${JSON.stringify(text)} could be ${nb} (Norwegian style) or ${en} (English style); set numberStyle to "nb" or "en"`,
    };
  }
  if (typeof nb === "number") return { kind: "number", value: nb, style: "nb" };
  if (typeof en === "number") return { kind: "number", value: en, style: "en" };
  return { kind: "invalid", message: `${JSON.stringify(text)} is not a number (expected e.g. 1 234,5 or 1,234.5, or an SSB symbol .. : -)` };
}
