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
  const token = /[ \t\r\n\f\v,;]+|"([^"\r\n]*)("?)|[^ \t\r\n\f\v,;"]+/y;
  token.lastIndex = start;
  for (let m = token.exec(text); m; m = token.exec(text)) {
    const first = m[0][0];
    if (first === '"') {
      if (m[2] !== '"') throw new AdapterError("unterminated_string", "unterminated quoted cell in DATA", positionAt(lines, m.index));
      texts.push(m[1]!);
      quoted.push(true);
      offsets.push(m.index);
    } else if (!/[ \t\r\n\f\v,;]/.test(first!)) {
      texts.push(m[0]);
      quoted.push(false);
      offsets.push(m.index);
    }
  }
  return { texts, quoted, offsets };
}

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
