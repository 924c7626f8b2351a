import { AdapterError } from "../AdapterError.js";
import { positionAt, type LineIndex } from "./lineIndex.js";
import { expandTimeRange, PX_TIME_UNITS, timevalLabel } from "./timeval.js";
import type { PxEntry, PxTimeUnit, PxValue } from "./types.js";

/** The keyword section of a PX file and where its DATA starts. */
export interface ScannedHeader {
  readonly entries: readonly PxEntry[];
  /** Offset just after `DATA=`; `undefined` when the file has no DATA. */
  readonly dataStart?: number;
}

const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\f" || c === "\v";
const isLetter = (c: string | undefined) => c !== undefined && /^[A-Za-z]$/.test(c);
const KEYWORD = /[A-Za-z][A-Za-z0-9_-]*/y;
const TLIST = /TLIST\s*\(/iy;
const show = (c: string | undefined) => (c === undefined ? "the end of the input" : JSON.stringify(c));

/**
 * Scans the keyword section of a PX file, `KEYWORD[lang]("subkey",…)=value;` entries up to
 * `DATA=`: quoted strings (continued across lines by `"a" "b"`), comma-separated lists,
 * unquoted words and numbers, and TIMEVAL's `TLIST(…)`. Throws an AdapterError with the line
 * and column for an unterminated string, a missing `;` and any other syntax error.
 *
 * @example
 * ```ts
 * const text = 'STUB="region";\nDATA=1;';
 * scanEntries(text, lineIndex(text)).entries[0]?.value; // { kind: "text", text: "region" }
 * ```
 */
export function scanEntries(text: string, lines: LineIndex): ScannedHeader {
  let pos = 0;
  const entries: PxEntry[] = [];
  const at = (offset: number) => positionAt(lines, offset);
  const fail = (code: string, message: string, offset = pos): never => {
    throw new AdapterError(code, message, at(offset));
  };
  const skipSpace = () => {
    while (isSpace(text[pos])) pos++;
  };

  const readString = (): string => {
    const open = pos++;
    const close = text.slice(pos).search(/["\r\n]/);
    if (close === -1 || text[pos + close] !== '"')
      fail("unterminated_string", "unterminated string: a quoted text must close on the line it opens (continue it with a new quoted part)", open);
    const s = text.slice(pos, pos + close);
    pos += close + 1;
    return s;
  };
  // `"a" "b"` on one or more lines is one text; `"parent":"child"` (HIERARCHIES) one item.
  const readText = (): string => {
    let s = readString();
    for (;;) {
      const mark = pos;
      skipSpace();
      if (text[pos] === '"') s += readString();
      else if (text[pos] === ":" && text[pos + 1] === '"') (pos++, (s += `:${readString()}`));
      else return ((pos = mark), s);
    }
  };
  const readWord = (stops: RegExp): string => {
    const start = pos;
    while (pos < text.length && !stops.test(text[pos]!)) pos++;
    return text.slice(start, pos).trim();
  };

  const readTlist = (keyword: string): PxValue => {
    pos = TLIST.lastIndex;
    skipSpace();
    const unitAt = pos;
    const unit = readWord(/[\s,)]/).toUpperCase() as PxTimeUnit;
    if (!PX_TIME_UNITS.includes(unit)) fail("invalid_timeval", `TLIST needs a time scale (A1, H1, T1, Q1, M1, W1, D1), not "${unit}"`, unitAt);
    skipSpace();
    const bad = <T,>(r: T | { readonly error: string }, offset: number): T =>
      typeof r === "object" && r !== null && "error" in r ? fail("invalid_timeval", `${keyword}: ${r.error}`, offset) : (r as T);
    if (text[pos] === ",") {
      pos++;
      skipSpace();
      const fromAt = pos;
      const from = text[pos] === '"' ? readText() : readWord(/[\s)-]/);
      skipSpace();
      let periods: readonly string[] | undefined;
      if (text[pos] === "-") {
        pos++;
        skipSpace();
        const to = text[pos] === '"' ? readText() : readWord(/[\s)]/);
        periods = bad(expandTimeRange(unit, from, to), fromAt);
      } else {
        // TLIST(A1, "1994-1996"): the range in one string.
        const cut = [...from.matchAll(/-/g)].map((m) => m.index).find((i) => !("error" in expandTimeRange(unit, from.slice(0, i), from.slice(i + 1))));
        if (cut === undefined) fail("invalid_timeval", `${keyword}: expected a range "from"-"to" in TLIST(${unit}, …)`, fromAt);
        else periods = bad(expandTimeRange(unit, from.slice(0, cut), from.slice(cut + 1)), fromAt);
      }
      skipSpace();
      if (text[pos] !== ")") fail("syntax_error", `${keyword}: expected ")" to close TLIST, found ${show(text[pos])}`);
      pos++;
      return { kind: "tlist", unit, periods: periods ?? [] };
    }
    if (text[pos] !== ")") fail("syntax_error", `${keyword}: expected ")" after TLIST(${unit}, found ${show(text[pos])}`);
    pos++;
    const periods: string[] = [];
    for (;;) {
      skipSpace();
      if (text[pos] !== ",") return { kind: "tlist", unit, periods };
      pos++;
      skipSpace();
      const stampAt = pos;
      const stamp = text[pos] === '"' ? readText() : readWord(/[\s,;]/);
      periods.push(bad(timevalLabel(unit, stamp), stampAt));
    }
  };

  const readValue = (keyword: string, start: number): PxValue => {
    const items: string[] = [];
    let quoted = false;
    let end = pos;
    skipSpace();
    TLIST.lastIndex = pos;
    if (TLIST.test(text)) {
      const value = readTlist(keyword);
      end = pos;
      skipSpace();
      if (text[pos] !== ";") missingSemicolon(keyword, start, end);
      pos++;
      return value;
    }
    for (;;) {
      skipSpace();
      const c = text[pos];
      if (c === ";" && items.length === 0) break;
      if (c === undefined) missingSemicolon(keyword, start, end);
      if (c === '"') (items.push(readText()), (quoted = true));
      else if (c === "," || c === ";") fail("syntax_error", `${keyword}: expected a value, found ${show(c)}`);
      else items.push(readWord(/[,;"\r\n]/));
      end = pos;
      skipSpace();
      if (text[pos] === ",") pos++;
      else if (text[pos] === ";") break;
      else if (text[pos] === undefined || isLetter(text[pos])) missingSemicolon(keyword, start, end);
      else fail("syntax_error", `${keyword}: expected "," or ";" after a value, found ${show(text[pos])}`);
    }
    pos++;
    if (items.length !== 1) return { kind: "list", items };
    return quoted ? { kind: "text", text: items[0]! } : { kind: "word", word: items[0]! };
  };

  const missingSemicolon = (keyword: string, start: number, end: number): never => {
    const next = text[pos] === undefined ? "the input ends" : `${show(text[pos])} follows at line ${at(pos).line}, column ${at(pos).column}`;
    const { line, column } = at(start);
    return fail("missing_semicolon", `missing ";" after the value of ${keyword} (line ${line}, column ${column}); ${next}`, end);
  };

  for (;;) {
    skipSpace();
    if (pos >= text.length) return { entries };
    const start = pos;
    KEYWORD.lastIndex = pos;
    const m = KEYWORD.exec(text);
    if (!m) fail("syntax_error", `expected a keyword, found ${show(text[pos])}`);
    const keyword = m![0].toUpperCase();
    pos = KEYWORD.lastIndex;
    skipSpace();
    let language: string | undefined;
    if (text[pos] === "[") {
      pos++;
      const close = text.slice(pos).search(/[\]\r\n;=]/);
      if (close === -1 || text[pos + close] !== "]") fail("syntax_error", `${keyword}: the language code after "[" has no "]"`);
      language = text.slice(pos, pos + close).trim().replace(/^"(.*)"$/, "$1");
      pos += close + 1;
      skipSpace();
    }
    const subkeys: string[] = [];
    if (text[pos] === "(") {
      pos++;
      for (;;) {
        skipSpace();
        subkeys.push(text[pos] === '"' ? readText() : readWord(/[,)\r\n;=]/));
        skipSpace();
        if (text[pos] === ",") pos++;
        else if (text[pos] === ")") break;
        else fail("syntax_error", `${keyword}: expected "," or ")" in its subkeys, found ${show(text[pos])}`);
      }
      pos++;
      skipSpace();
    }
    if (text[pos] !== "=") fail("syntax_error", `expected "=" after ${keyword}, found ${show(text[pos])}`);
    pos++;
    if (keyword === "DATA") return { entries, dataStart: pos };
    const value = readValue(keyword, start);
    entries.push({ keyword, ...(language !== undefined ? { language } : {}), subkeys, value, ...at(start) });
  }
}
