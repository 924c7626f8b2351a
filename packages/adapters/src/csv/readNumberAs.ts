/**
 * A way of writing numbers: Norwegian (`1 234,5`, `1.234,5`) or English (`1,234.5`).
 *
 * @example
 * ```ts
 * import type { NumberStyle } from "@opptrapping/adapters/csv";
 * const npr: NumberStyle = "nb";
 * ```
 */
export type NumberStyle = "nb" | "en";

const NONE = 0;
const SPACE = 1;
const PUNCT = 2;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 0xa0 || c === 0x202f;
const isMinus = (c: number) => c === 45 || c === 0x2212;

/**
 * Reads a number written in one style, or says why it cannot: an optional sign (`-`, U+2212
 * minus, `+`); digits, with thousands in groups of three after a first group of one to three
 * (no leading zero) separated throughout by one kind of separator — spaces (also U+00A0 and
 * U+202F) in both styles, `.` in `nb`, `,` in `en`; an optional decimal separator (`,` in
 * `nb`, `.` in `en`) with at least one digit after it; an optional exponent (`e-7`, `E+03`).
 * The text must be trimmed, with any percent sign removed.
 *
 * @example
 * ```ts
 * readNumberAs("1 234,5", "nb"); // 1234.5
 * readNumberAs("1,234.5", "nb"); // '".5" cannot follow "1,234" in Norwegian (1 234,5) style'
 * ```
 */
export function readNumberAs(s: string, style: NumberStyle): number | string {
  const n = s.length;
  const decimal = style === "nb" ? 44 : 46;
  const group = style === "nb" ? 46 : 44;
  let i = 0;
  let sign = "";
  const first = s.charCodeAt(0);
  if (isMinus(first)) {
    sign = "-";
    i = 1;
  } else if (first === 43) i = 1;
  const start = i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  if (i === start) return "it does not start with a digit";
  let integer = s.slice(start, i);
  let separator = NONE;
  while (i < n) {
    const c = s.charCodeAt(i);
    const kind = isSpace(c) ? SPACE : c === group ? PUNCT : NONE;
    if (kind === NONE) break;
    if (separator !== NONE && kind !== separator) return "it mixes two kinds of thousands separator";
    if (separator === NONE && (integer.length > 3 || integer.charCodeAt(0) === 48)) {
      return `"${s.slice(start, i)}" before a thousands separator is not a first group of one to three digits`;
    }
    separator = kind;
    const from = i + 1;
    let j = from;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
    if (j - from !== 3) return `thousands groups after the first must have three digits, "${s.slice(from, j)}" has ${j - from}`;
    integer += s.slice(from, j);
    i = j;
  }
  let fraction = "";
  if (i < n && s.charCodeAt(i) === decimal) {
    const from = ++i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    if (i === from) return `the decimal ${style === "nb" ? "comma" : "point"} must be followed by digits`;
    fraction = s.slice(from, i);
  }
  let exponent = "";
  if (i < n && (s.charCodeAt(i) === 101 || s.charCodeAt(i) === 69)) {
    i++;
    let expSign = "";
    if (i < n && (isMinus(s.charCodeAt(i)) || s.charCodeAt(i) === 43)) expSign = s.charCodeAt(i++) === 43 ? "" : "-";
    const from = i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    if (i === from) return "the exponent has no digits";
    exponent = `e${expSign}${s.slice(from, i)}`;
  }
  if (i < n) return `"${s.slice(i)}" cannot follow "${s.slice(0, i)}" in ${style === "nb" ? "Norwegian (1 234,5)" : "English (1,234.5)"} style`;
  const value = Number(`${sign}${integer}${fraction === "" ? "" : `.${fraction}`}${exponent}`);
  return Number.isFinite(value) ? value : "it is too large for a number";
}
