import { AdapterError } from "../AdapterError.js";
import { positionAt, type LineIndex } from "./lineIndex.js";
import { fail, peek, readText, readWord, show, skipSpace, type Cursor } from "./cursor.js";
import { readTlist } from "./readTlist.js";
import type { PxEntry, PxValue } from "./types.js";

/** The keyword section of a PX file and where its DATA starts. */
export interface ScannedHeader {
  readonly entries: readonly PxEntry[];
  /** Offset just after `DATA=`; `undefined` when the file has no DATA. */
  readonly dataStart?: number;
}

const KEYWORD = /[A-Za-z][A-Za-z0-9_-]*/y;
const TLIST = /TLIST\s*\(/iy;
const isLetter = (ch: string | undefined) => ch !== undefined && /^[A-Za-z]$/.test(ch);

function missingSemicolon(c: Cursor, keyword: string, start: number, end: number): never {
  const here = positionAt(c.lines, c.pos);
  const next = peek(c) === undefined ? "the input ends" : `${show(peek(c))} follows at line ${here.line}, column ${here.column}`;
  const { line, column } = positionAt(c.lines, start);
  return fail(c, "missing_semicolon", `missing ";" after the value of ${keyword} (line ${line}, column ${column}); ${next}`, end);
}

function readValue(c: Cursor, keyword: string, start: number): PxValue {
  skipSpace(c);
  TLIST.lastIndex = c.pos;
  if (TLIST.test(c.text)) {
    c.pos = TLIST.lastIndex;
    const value = readTlist(c, keyword);
    const end = c.pos;
    skipSpace(c);
    if (peek(c) !== ";") missingSemicolon(c, keyword, start, end);
    c.pos++;
    return value;
  }
  const items: string[] = [];
  let quoted = false;
  let end = c.pos;
  for (;;) {
    skipSpace(c);
    const ch = peek(c);
    if (ch === ";" && items.length === 0) break;
    if (ch === undefined) missingSemicolon(c, keyword, start, end);
    if (ch === '"') {
      items.push(readText(c));
      quoted = true;
    } else if (ch === "," || ch === ";") fail(c, "syntax_error", `${keyword}: expected a value, found ${show(ch)}`);
    else items.push(readWord(c, /[,;"\r\n]/));
    end = c.pos;
    skipSpace(c);
    if (peek(c) === ",") c.pos++;
    else if (peek(c) === ";") break;
    else if (peek(c) === undefined || isLetter(peek(c))) missingSemicolon(c, keyword, start, end);
    else fail(c, "syntax_error", `${keyword}: expected "," or ";" after a value, found ${show(peek(c))}`);
  }
  c.pos++;
  if (items.length !== 1) return { kind: "list", items };
  return quoted ? { kind: "text", text: items[0]! } : { kind: "word", word: items[0]! };
}

function readSubkeys(c: Cursor, keyword: string): string[] {
  const subkeys: string[] = [];
  c.pos++;
  for (;;) {
    skipSpace(c);
    subkeys.push(peek(c) === '"' ? readText(c) : readWord(c, /[,)\r\n;=]/));
    skipSpace(c);
    if (peek(c) === ",") c.pos++;
    else if (peek(c) === ")") break;
    else fail(c, "syntax_error", `${keyword}: expected "," or ")" in its subkeys, found ${show(peek(c))}`);
  }
  c.pos++;
  return subkeys;
}

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
export function scanEntries(text: string, lines: LineIndex, warnings?: AdapterError[], lenient = false): ScannedHeader {
  const c: Cursor = warnings ? { text, lines, pos: 0, warnings } : { text, lines, pos: 0 };
  const entries: PxEntry[] = [];
  for (;;) {
    skipSpace(c);
    if (c.pos >= text.length) return { entries };
    const start = c.pos;
    if (!lenient || warnings === undefined) {
      const done = scanEntry(c, start, entries);
      if (done !== undefined) return done;
      continue;
    }
    try {
      const done = scanEntry(c, start, entries);
      if (done !== undefined) return done;
    } catch (error) {
      // Lenient: metadata that cannot be read is an issue, not the loss of the data.
      if (!(error instanceof AdapterError)) throw error;
      KEYWORD.lastIndex = start;
      const keyword = KEYWORD.exec(text)?.[0].toUpperCase() ?? "";
      if (STRUCTURAL.has(keyword)) throw error;
      const resume = /;[ \t]*(?:\r\n|\n|\r)/g;
      resume.lastIndex = start;
      const next = resume.exec(text);
      if (!next || /(?:^|[\r\n])\s*DATA\s*=/.test(text.slice(start, next.index))) throw error;
      warnings.push(new AdapterError("unreadable_metadata", `${keyword === "" ? "an entry" : keyword} could not be read and was skipped: ${error.message}`, error.location));
      c.pos = resume.lastIndex;
    }
  }
}

/** Keywords without which the cube cannot be read: their problems always throw. */
const STRUCTURAL = new Set(["STUB", "HEADING", "VALUES", "CODES", "DATA", "TIMEVAL", "KEYS", "CODEPAGE", "VARIABLECODE", "DATASYMBOL1", "DATASYMBOL2", "DATASYMBOL3", "DATASYMBOL4", "DATASYMBOL5", "DATASYMBOL6", "LANGUAGE", "LANGUAGES"]);

function scanEntry(c: Cursor, start: number, entries: PxEntry[]): ScannedHeader | undefined {
  const { text, lines } = c;
  {
    KEYWORD.lastIndex = c.pos;
    const m = KEYWORD.exec(text);
    if (!m) return fail(c, "syntax_error", `expected a keyword, found ${show(peek(c))}`);
    const keyword = m[0].toUpperCase();
    c.pos = KEYWORD.lastIndex;
    skipSpace(c);
    let language: string | undefined;
    if (peek(c) === "[") {
      c.pos++;
      const close = text.slice(c.pos).search(/[\]\r\n;=]/);
      if (close === -1 || text[c.pos + close] !== "]") fail(c, "syntax_error", `${keyword}: the language code after "[" has no "]"`);
      language = text.slice(c.pos, c.pos + close).trim().replace(/^"(.*)"$/, "$1");
      c.pos += close + 1;
      skipSpace(c);
    }
    const subkeys = peek(c) === "(" ? readSubkeys(c, keyword) : [];
    skipSpace(c);
    if (peek(c) !== "=") fail(c, "syntax_error", `expected "=" after ${keyword}, found ${show(peek(c))}`);
    c.pos++;
    if (keyword === "DATA") return { entries, dataStart: c.pos };
    const value = readValue(c, keyword, start);
    entries.push({ keyword, ...(language !== undefined ? { language } : {}), subkeys, value, ...positionAt(lines, start) });
    return undefined;
  }
}
