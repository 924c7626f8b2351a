import { AdapterError } from "../AdapterError.js";
import { positionAt, type LineIndex } from "./lineIndex.js";

/** A position in the text of a PX file, moved forward as the keyword section is read. */
export interface Cursor {
  readonly text: string;
  readonly lines: LineIndex;
  pos: number;
  /** Problems that do not stop the read (a text running over a line break), when collected. */
  readonly warnings?: AdapterError[];
}

const SPACE = /[ \t\r\n\f\v]/;

/**
 * The next character, or `undefined` at the end.
 *
 * @example
 * ```ts
 * peek({ text: "A=1;", lines: [0], pos: 1 }); // "="
 * ```
 */
export const peek = (c: Cursor, ahead = 0): string | undefined => c.text[c.pos + ahead];

/**
 * How a character is named in messages.
 *
 * @example
 * ```ts
 * show(undefined); // "the end of the input"
 * ```
 */
export const show = (ch: string | undefined): string => (ch === undefined ? "the end of the input" : JSON.stringify(ch));

/**
 * Throws an AdapterError at an offset (the cursor's by default), with its line and column.
 *
 * @example
 * ```ts
 * fail(cursor, "syntax_error", 'expected "="');
 * ```
 */
export function fail(c: Cursor, code: string, message: string, offset = c.pos): never {
  throw new AdapterError(code, message, positionAt(c.lines, offset));
}

/**
 * Moves past spaces, tabs and line breaks.
 *
 * @example
 * ```ts
 * const c = { text: "  A", lines: [0], pos: 0 };
 * skipSpace(c); // c.pos === 2
 * ```
 */
export function skipSpace(c: Cursor): void {
  while (c.pos < c.text.length && SPACE.test(c.text[c.pos]!)) c.pos++;
}

/**
 * Reads one quoted string at the cursor. It should close on its own line; one that runs over a
 * line break (as in some of SSB's NOTEs) is read to its closing quote with a `multiline_text`
 * warning when the cursor collects warnings. No closing quote at all is `unterminated_string`.
 *
 * @example
 * ```ts
 * readString({ text: '"a"', lines: [0], pos: 0 }); // "a"
 * ```
 */
export function readString(c: Cursor): string {
  const open = c.pos++;
  const close = c.text.indexOf('"', c.pos);
  // The first line break before the closing quote, if any (searched only that far: the DATA section can be megabytes).
  let lineEnd = Infinity;
  for (let i = c.pos; i < close; i++) {
    const ch = c.text.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      lineEnd = i;
      break;
    }
  }
  // A text may run over a line break only when its closing quote ends a value (`;` `,` `)` or a
  // continuation `"` follows); otherwise the quote opens the next entry's text and this one is unterminated.
  const after = close === -1 ? undefined : /^\s*(.)/s.exec(c.text.slice(close + 1, close + 64))?.[1];
  if (close === -1 || (lineEnd < close && (c.warnings === undefined || after === undefined || !';,)"'.includes(after))))
    fail(c, "unterminated_string", "unterminated string: a quoted text must close on the line it opens (continue it with a new quoted part)", open);
  if (lineEnd < close) {
    const { line, column } = positionAt(c.lines, open);
    c.warnings!.push(new AdapterError("multiline_text", `a quoted text runs over a line break (line ${line}, column ${column}); read to its closing quote`, { line, column }));
  }
  const s = c.text.slice(c.pos, close);
  c.pos = close + 1;
  return s;
}

/**
 * Reads a text: quoted parts continued on the same or following lines (`"a" "b"` is `ab`),
 * and HIERARCHIES' `"parent":"child"` pairs as one item.
 *
 * @example
 * ```ts
 * readText({ text: '"a"\n"b";', lines: [0, 4], pos: 0 }); // "ab"
 * ```
 */
export function readText(c: Cursor): string {
  let s = readString(c);
  for (;;) {
    const mark = c.pos;
    skipSpace(c);
    if (peek(c) === '"') s += readString(c);
    else if (peek(c) === ":" && peek(c, 1) === '"') {
      c.pos++;
      s += `:${readString(c)}`;
    } else {
      c.pos = mark;
      return s;
    }
  }
}

/**
 * Reads an unquoted word up to a stop character, trimmed.
 *
 * @example
 * ```ts
 * readWord({ text: "YES;", lines: [0], pos: 0 }, /;/); // "YES"
 * ```
 */
export function readWord(c: Cursor, stops: RegExp): string {
  const start = c.pos;
  while (c.pos < c.text.length && !stops.test(c.text[c.pos]!)) c.pos++;
  return c.text.slice(start, c.pos).trim();
}
