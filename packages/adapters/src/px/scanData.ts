import { AdapterError } from "../AdapterError.js";
import { positionAt, type LineIndex } from "./lineIndex.js";

/** The tokens of a DATA section: text, whether quoted, and offset in the file. */
export interface DataTokens {
  readonly texts: readonly string[];
  readonly quoted: readonly boolean[];
  readonly offsets: readonly number[];
}

/**
 * Splits the DATA section into tokens. Space, tab, line breaks, `,` and `;` all separate
 * cells (PC-Axis accepts each; the final `;` is optional, so DATA runs to the end of the
 * file). A quoted token must close on its line, else `unterminated_string`.
 *
 * @example
 * ```ts
 * const text = 'DATA=\n1 ".." 3;';
 * scanData(text, 5, lineIndex(text)).texts; // ["1", "..", "3"]
 * ```
 */
export function scanData(text: string, start: number, lines: LineIndex): DataTokens {
  const texts: string[] = [];
  const quoted: boolean[] = [];
  const offsets: number[] = [];
  const n = text.length;
  let i = start;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (isSeparator(ch)) {
      i++;
      continue;
    }
    const from = i;
    if (ch === QUOTE) {
      // A quoted cell closes on its line.
      let j = i + 1;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === QUOTE || c === 10 || c === 13) break;
      }
      if (j >= n || text.charCodeAt(j) !== QUOTE) throw new AdapterError("unterminated_string", "unterminated quoted cell in DATA", positionAt(lines, from));
      texts.push(j - i - 1 <= 6 && allDots(text, i + 1, j) ? DOTS[j - i - 1]! : text.slice(i + 1, j));
      quoted.push(true);
      i = j + 1;
    } else {
      let j = i + 1;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === QUOTE || isSeparator(c)) break;
      }
      // One-character cells (a digit, "-", ".") are shared strings: a big file has millions.
      texts.push(j - i === 1 ? (SINGLE[ch] ?? text.slice(i, j)) : text.slice(i, j));
      quoted.push(false);
      i = j;
    }
    offsets.push(from);
  }
  return { texts, quoted, offsets };
}

const QUOTE = 34;
const DOTS = ["", ".", "..", "...", "....", ".....", "......"];
const SINGLE: readonly (string | undefined)[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
// Whether text[from, to) is one or more dots (the missing-value symbols), shared rather than sliced.
function allDots(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 46) return false;
  return true;
}
// Space, tab, line feed, vertical tab, form feed, carriage return, "," and ";".
const isSeparator = (ch: number): boolean => ch === 32 || (ch >= 9 && ch <= 13) || ch === 44 || ch === 59;

const SYMBOLS = new Set([".", "..", "...", "....", ".....", "......", "-", ":"]);
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A DATA token as a cell: a number, a missing-value symbol (one to six dots, `-` for an
 * exact zero, SSB's `:` for confidential; quoted or not), or `undefined` when it is neither.
 *
 * @example
 * ```ts
 * classifyDatum("12.5"); // 12.5
 * classifyDatum(".."); // ".."
 * classifyDatum("abc"); // undefined
 * ```
 */
export function classifyDatum(token: string): number | string | undefined {
  if (SYMBOLS.has(token)) return token;
  if (!NUMBER.test(token)) return undefined;
  const n = Number(token);
  return Number.isFinite(n) ? n : undefined;
}
