import { AdapterError } from "../AdapterError.js";
import { EMPTY, INVALID, createInternTable, decodeBytes, isAscii, isUtf8, parseDay, parseSmallInt, type InternTable, type TextEncodingName } from "./bytes.js";
import type { ReadReferralsSummary, ReferralIssue, ReferralMapping, ReferralRecord } from "./types.js";

const LF = 10;
const CR = 13;
const QUOTE = 34;
const SPACE = 32;
const TAB = 9;

// What each column is read as.
const SKIP = 0;
const SERVICE = 1;
const RHF = 2;
const HF = 3;
const MUNICIPALITY = 4;
const SEX = 5;
const AGE = 6;
const RECEIVED = 7;
const STARTED = 8;

const FIELD_KINDS = { service: SERVICE, rhf: RHF, hf: HF, municipality: MUNICIPALITY, sex: SEX, age: AGE, received: RECEIVED, started: STARTED } as const;
type Field = keyof typeof FIELD_KINDS;
const REQUIRED: readonly Field[] = ["service", "received", "started"];

/**
 * A streaming referral parser: `push` chunks of a file as they come, `end` after the last.
 * What it reads goes to `onRecord` (and lines it cannot read to `onIssue`) at once, so no more
 * than one unfinished line is ever held.
 *
 * @example
 * ```ts
 * import { createReferralParser } from "@opptrapping/adapters/csv";
 * const parser = createReferralParser({ columns: { service: "s", received: "r", started: "t" } }, {
 *   onRecord: (r) => console.log(r.service, r.received),
 *   onIssue: (i) => console.warn(i.message),
 * });
 * parser.push("s,r,t\nPHV,2025-01-02,\n");
 * parser.end(); // { lines: 2, records: 1, issues: 0, delimiter: ",", encoding: "utf-8" }
 * ```
 */
export interface ReferralParser {
  push(chunk: Uint8Array | string): void;
  end(): ReadReferralsSummary;
}

/**
 * Handlers of {@link createReferralParser}.
 *
 * @example
 * ```ts
 * import type { ReferralParserHandlers } from "@opptrapping/adapters/csv";
 * const handlers: ReferralParserHandlers = { onRecord: (r, line) => console.log(line, r.service), onIssue: (i) => console.warn(i.message) };
 * ```
 */
export interface ReferralParserHandlers {
  /** Gets each record with its line. */
  readonly onRecord: (record: ReferralRecord, line: number) => void;
  /** Gets each line that cannot be read; without it the parser throws an AdapterError. */
  readonly onIssue?: ((issue: ReferralIssue) => void) | undefined;
  /** Pass one record object again and again (the fast path) instead of a new one per record. @default false */
  readonly reuseRecord?: boolean;
}

/**
 * The default of `ReferralMapping.maxRecordBytes`: 1 MiB (1 048 576 bytes) per record.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_RECORD_BYTES, type ReferralMapping } from "@opptrapping/adapters/csv";
 * const longNotes: ReferralMapping = {
 *   columns: { service: "tjeneste", received: "mottatt", started: "startet" },
 *   maxRecordBytes: 8 * DEFAULT_MAX_RECORD_BYTES,
 * };
 * ```
 */
export const DEFAULT_MAX_RECORD_BYTES = 1 << 20;

/** A short description of a rejected mapping value, safe for any value (JSON.stringify throws on a bigint or a cycle). */
function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === undefined || value === null) return String(value);
  return `a ${Array.isArray(value) ? "array" : typeof value}`;
}

/** The value of an own property, or undefined: never a member of Object.prototype. */
function own<T extends object>(object: T, key: PropertyKey): unknown {
  return Object.hasOwn(object, key) ? (object as Record<PropertyKey, unknown>)[key] : undefined;
}

/** Checks the mapping, and returns its service codes as a Map (own keys only). */
function checkMapping(mapping: ReferralMapping): ReadonlyMap<string, string> | undefined {
  if (mapping === null || typeof mapping !== "object" || mapping.columns === null || typeof mapping.columns !== "object")
    throw new AdapterError("invalid_mapping", "the mapping needs columns: { service, received, started, … }");
  for (const f of REQUIRED)
    if (own(mapping.columns, f) === undefined) throw new AdapterError("invalid_mapping", `the mapping names no column for ${f}`, { path: ["columns", f] });
  for (const [f, c] of Object.entries(mapping.columns) as [string, unknown][]) {
    if (!Object.hasOwn(FIELD_KINDS, f)) throw new AdapterError("invalid_mapping", `unknown field ${show(f)}; fields: ${Object.keys(FIELD_KINDS).join(", ")}`, { path: ["columns", f] });
    if (c !== undefined && !(typeof c === "string" ? c.trim() !== "" : typeof c === "number" && Number.isInteger(c) && c >= 0))
      throw new AdapterError("invalid_mapping", `the column of ${f} must be a header name or a 0-based position, got ${show(c)}`, { path: ["columns", f] });
    if (mapping.header === false && typeof c === "string")
      throw new AdapterError("invalid_mapping", `without a header, the column of ${f} must be a 0-based position`, { path: ["columns", f] });
  }
  const { dateFormat, encoding, delimiter, maxRecordBytes, serviceMap } = mapping;
  if (dateFormat !== undefined && dateFormat !== "iso" && dateFormat !== "nb" && dateFormat !== "auto")
    throw new AdapterError("invalid_mapping", `dateFormat must be "iso", "nb" or "auto", got ${show(dateFormat)}`, { path: ["dateFormat"] });
  if (encoding !== undefined && encoding !== "utf-8" && encoding !== "latin1" && encoding !== "auto")
    throw new AdapterError("invalid_mapping", `encoding must be "utf-8", "latin1" or "auto", got ${show(encoding)}`, { path: ["encoding"] });
  if (delimiter !== undefined && (typeof delimiter !== "string" || delimiter.length !== 1 || delimiter.charCodeAt(0) > 127 || delimiter === '"' || delimiter === "\n" || delimiter === "\r"))
    throw new AdapterError("invalid_mapping", `delimiter must be one ASCII character other than a quote or line break, got ${show(delimiter)}`, { path: ["delimiter"] });
  if (maxRecordBytes !== undefined && !(typeof maxRecordBytes === "number" && Number.isSafeInteger(maxRecordBytes) && maxRecordBytes > 0))
    throw new AdapterError("invalid_mapping", `maxRecordBytes must be a whole number of bytes > 0, got ${show(maxRecordBytes)}`, { path: ["maxRecordBytes"] });
  if (serviceMap === undefined) return undefined;
  if (serviceMap === null || typeof serviceMap !== "object" || Array.isArray(serviceMap))
    throw new AdapterError("invalid_mapping", `serviceMap must be an object of service codes, got ${show(serviceMap)}`, { path: ["serviceMap"] });
  const codes = new Map<string, string>();
  for (const [from, to] of Object.entries(serviceMap) as [string, unknown][]) {
    if (typeof to !== "string") throw new AdapterError("invalid_mapping", `serviceMap maps ${show(from)} to ${show(to)}; expected a service code (text)`, { path: ["serviceMap", from] });
    codes.set(from, to);
  }
  return codes;
}

/** The first few header names, each cut short, for a message that stays readable. */
function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 8).map(show).join(", ");
  return names.length > 8 ? `${shown} and ${names.length - 8} more` : shown;
}

/** The most frequent of `,` `;` tab `|` outside quotes in the first line, `,` when none. */
function detectDelimiter(buf: Uint8Array, from: number): number {
  const counts = new Map<number, number>([[44, 0], [59, 0], [TAB, 0], [124, 0]]);
  let quoted = false;
  for (let p = from; p < buf.length; p++) {
    const c = buf[p]!;
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = 44;
  for (const [c, n] of counts) if (n > counts.get(best)!) best = c;
  return best;
}

/**
 * Creates the streaming parser behind {@link readReferrals} and {@link readReferralsInto}.
 * RFC 4180 CSV: quoted fields with the delimiter, doubled quotes and line breaks inside;
 * CRLF, LF or CR line ends (mixed, as `fromCsv` reads them; each counts as one line); a UTF-8
 * byte-order mark is dropped; blank lines are skipped. Lines without quotes take a fast path
 * over the bytes: no per-field strings, dates parsed straight into day numbers, text fields
 * interned. Only a line with a quoted field takes the slow path.
 *
 * Hostile input stays cheap: each byte is looked at a bounded number of times however the
 * input is cut into chunks, and what is held between chunks is at most one record of at most
 * `maxRecordBytes` (default 1 MiB; a longer record is the issue `record_too_long`, and is
 * skipped to its end). Every line is read, skipped as blank, or reported.
 *
 * @throws {AdapterError} `invalid_mapping`, `missing_column` (a mapped column not in the
 * header), `record_too_long` or `unterminated_quote` for a header that cannot be read, and
 * — when no `onIssue` is given — the first unreadable line's code.
 *
 * @example
 * ```ts
 * import { createReferralParser } from "@opptrapping/adapters/csv";
 * const records: unknown[] = [];
 * const parser = createReferralParser({ columns: { service: 0, received: 1, started: 2 }, header: false }, { onRecord: (r) => records.push(r) });
 * parser.push("PHBU;01.02.2025;03.03.2025\r\n");
 * parser.end().records; // 1
 * ```
 */
export function createReferralParser(mapping: ReferralMapping, handlers: ReferralParserHandlers): ReferralParser {
  const serviceMap = checkMapping(mapping);
  const dateFormat = mapping.dateFormat ?? "auto";
  const hasHeader = mapping.header !== false;
  const maxRecord = mapping.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const { onRecord, onIssue } = handlers;
  const reuse = handlers.reuseRecord === true;

  let encoding: TextEncodingName | undefined = mapping.encoding === "auto" || mapping.encoding === undefined ? undefined : mapping.encoding;
  let delim = mapping.delimiter === undefined ? -1 : mapping.delimiter.charCodeAt(0);
  let started = false;
  let stringInput = false;
  let line = 1;
  let records = 0;
  let issues = 0;
  let nCols = -1;
  let headerDone = !hasHeader;

  // Where each field of the current line ends; field k starts one byte after field k − 1 ends
  // (the slow path lays fields out in `scratch` with a gap byte between them, to match).
  let ends: Int32Array = new Int32Array(256);
  let scratch = new Uint8Array(1024);

  // The column of each field (−1 when not mapped), filled in from the header (or the mapping without one).
  let colService = -1;
  let colRhf = -1;
  let colHf = -1;
  let colMunicipality = -1;
  let colSex = -1;
  let colAge = -1;
  let colReceived = -1;
  let colStarted = -1;

  const decodeText = (buf: Uint8Array, s: number, e: number): string | undefined => {
    if (encoding === undefined && !isAscii(buf, s, e)) encoding = isUtf8(buf, s, e) ? "utf-8" : "latin1";
    return decodeBytes(buf, s, e, encoding ?? "utf-8");
  };
  const tables: InternTable[] = [];
  for (let k = 0; k <= SEX; k++)
    tables.push(
      createInternTable(
        k === SERVICE && serviceMap !== undefined
          ? (buf, s, e) => {
              const text = decodeText(buf, s, e);
              return text === undefined ? undefined : (serviceMap.get(text) ?? text);
            }
          : decodeText,
      ),
    );

  const [, serviceTable, rhfTable, hfTable, municipalityTable, sexTable] = tables as [InternTable, InternTable, InternTable, InternTable, InternTable, InternTable];

  const shared: ReferralRecord = { service: "", rhf: undefined, hf: undefined, municipality: undefined, sex: undefined, age: undefined, received: 0, started: null, line: 0 };

  function issue(code: ReferralIssue["code"], message: string, at: number): void {
    issues++;
    // Nothing can be read without the header, so its problems are errors.
    if (!headerDone) throw new AdapterError(code, `the header: ${message}`, { line: at });
    if (!onIssue) throw new AdapterError(code, message, { line: at });
    onIssue({ code, message, line: at, path: ["line", at] });
  }

  function growEnds(): Int32Array {
    const bigger = new Int32Array(ends.length * 2);
    bigger.set(ends);
    return (ends = bigger);
  }

  function setColumns(names: readonly string[] | null, count: number): void {
    const cols: number[] = [];
    const kinds: number[] = [];
    for (const [field, kind] of Object.entries(FIELD_KINDS) as [Field, number][]) {
      const c = own(mapping.columns, field) as ReferralMapping["columns"][Field];
      if (c === undefined) continue;
      let index: number;
      if (typeof c === "number") index = c;
      else {
        const want = c.trim();
        index = names!.indexOf(want);
        if (index < 0) index = names!.findIndex((n) => n.toLowerCase() === want.toLowerCase());
        if (index < 0)
          throw new AdapterError("missing_column", `the column ${show(want)} for ${field} is not in the header (${listNames(names!)})`, { line: 1 });
      }
      if (index >= count)
        throw new AdapterError("missing_column", `column ${index} for ${field} is beyond the ${count} columns of the ${hasHeader ? "header" : "first line"}`, { line: 1 });
      if (cols.includes(index)) throw new AdapterError("invalid_mapping", `column ${typeof c === "number" ? c : JSON.stringify(c)} is mapped to two fields`, { path: ["columns", field] });
      cols.push(index);
      kinds.push(kind);
    }
    const at = (kind: number) => {
      const i = kinds.indexOf(kind);
      return i < 0 ? -1 : cols[i]!;
    };
    colService = at(SERVICE);
    colRhf = at(RHF);
    colHf = at(HF);
    colMunicipality = at(MUNICIPALITY);
    colSex = at(SEX);
    colAge = at(AGE);
    colReceived = at(RECEIVED);
    colStarted = at(STARTED);
    nCols = count;
  }

  function isBlank(c: number | undefined): boolean {
    return c === SPACE || c === TAB;
  }

  /** The string of a text column of the current line (trimmed; "" when empty), undefined when its bytes are not valid text. */
  function textAt(buf: Uint8Array, first: number, col: number, table: InternTable): string | undefined {
    let s = col === 0 ? first : ends[col - 1]! + 1;
    let e = ends[col]!;
    // Trim only when needed: the common field has no padding.
    while (s < e && isBlank(buf[s])) s++;
    while (e > s && isBlank(buf[e - 1])) e--;
    return s === e ? "" : table.get(buf, s, e);
  }

  /** A date column of the current line: a day number, "" / null when empty, or the text when it is no date. */
  function dateAt(buf: Uint8Array, first: number, col: number, emptyValue: "" | null): number | string | null {
    let s = col === 0 ? first : ends[col - 1]! + 1;
    let e = ends[col]!;
    while (s < e && isBlank(buf[s])) s++;
    while (e > s && isBlank(buf[e - 1])) e--;
    const day = parseDay(buf, s, e, dateFormat);
    if (day >= -0x7ffffffe) return day;
    return day === EMPTY ? emptyValue : (decodeText(buf, s, e) ?? "\ufffd");
  }

  function badText(at: number): void {
    issue("invalid_encoding", `a text field is not valid UTF-8; is the file Latin-1? Pass encoding: "latin1"`, at);
  }

  /** One line's fields (`count` of them, the first starting at `first` in `buf`) to a record. */
  function emit(buf: Uint8Array, first: number, count: number, at: number): void {
    if (!headerDone) {
      headerDone = true;
      const names: string[] = [];
      for (let c = 0; c < count; c++) names.push((decodeText(buf, c === 0 ? first : ends[c - 1]! + 1, ends[c]!) ?? "").trim());
      setColumns(names, count);
      return;
    }
    if (nCols < 0) setColumns(null, count);
    if (count !== nCols) {
      issue("ragged_row", `${count} field${count === 1 ? "" : "s"}, expected ${nCols}`, at);
      return;
    }
    // Straight-line, one call site per column, so each intern table's lookup stays monomorphic.
    const service = textAt(buf, first, colService, serviceTable);
    if (service === undefined) return badText(at);
    let rhf: string | undefined;
    let hf: string | undefined;
    let municipality: string | undefined;
    let sex: string | undefined;
    let age: number | string | undefined;
    if (colRhf >= 0 && (rhf = textAt(buf, first, colRhf, rhfTable)) === undefined) return badText(at);
    if (colHf >= 0 && (hf = textAt(buf, first, colHf, hfTable)) === undefined) return badText(at);
    if (colMunicipality >= 0 && (municipality = textAt(buf, first, colMunicipality, municipalityTable)) === undefined) return badText(at);
    if (colSex >= 0 && (sex = textAt(buf, first, colSex, sexTable)) === undefined) return badText(at);
    if (colAge >= 0) {
      let s = colAge === 0 ? first : ends[colAge - 1]! + 1;
      let e = ends[colAge]!;
      while (s < e && isBlank(buf[s])) s++;
      while (e > s && isBlank(buf[e - 1])) e--;
      if (s < e) {
        const n = parseSmallInt(buf, s, e);
        age = n >= 0 ? n : (decodeText(buf, s, e) ?? "\ufffd");
      }
    }
    const received = dateAt(buf, first, colReceived, "") ?? "";
    const startedAt = dateAt(buf, first, colStarted, null);
    const r: ReferralRecord = reuse ? shared : { service: "", rhf: undefined, hf: undefined, municipality: undefined, sex: undefined, age: undefined, received: 0, started: null, line: at };
    r.service = service;
    r.rhf = rhf === "" ? undefined : rhf;
    r.hf = hf === "" ? undefined : hf;
    r.municipality = municipality === "" ? undefined : municipality;
    r.sex = sex === "" ? undefined : sex;
    r.age = age;
    r.received = received;
    r.started = startedAt;
    r.line = at;
    records++;
    onRecord(r, at);
  }

  /** A record longer than `maxRecordBytes`: an issue (the header's is an error: nothing can be read without it). */
  function tooLong(at: number): void {
    issue("record_too_long", `more than ${maxRecord} bytes in one record (maxRecordBytes); is a quote left open above it?`, at);
  }

  /**
   * Reads one record that has a quote, from `lineStart`, into `scratch` (RFC 4180: quoted
   * fields with doubled quotes, delimiters and line breaks inside; text after a closing quote
   * is kept, leniently). Returns the position after it, or −1 when the buffer ends inside it
   * and more input may come. A CR at `len − 1` ends the record (the caller makes sure no LF
   * follows it).
   */
  function slowRecord(buf: Uint8Array, lineStart: number, len: number, final: boolean): number {
    let p = lineStart;
    let used = 0;
    let col = 0;
    let breaks = 0;
    let stop = len; // where the record's text ends (its line end, or the end of the input)
    const push = (c: number) => {
      if (used === scratch.length) {
        const bigger = new Uint8Array(scratch.length * 2);
        bigger.set(scratch);
        scratch = bigger;
      }
      scratch[used++] = c;
    };
    for (;;) {
      if (col >= ends.length) growEnds();
      if (p < len && buf[p] === QUOTE) {
        p++;
        for (;;) {
          if (p >= len) {
            if (!final) return -1;
            // The input ends inside the quotes (and, from end(), with a line end, so the last
            // line is among the breaks).
            issue("unterminated_quote", "a quoted field is still open at the end of the input", line);
            line += breaks;
            return len;
          }
          const c = buf[p]!;
          if (c === QUOTE) {
            if (p + 1 >= len && !final) return -1;
            if (buf[p + 1] === QUOTE) {
              push(QUOTE);
              p += 2;
              continue;
            }
            p++;
            break;
          }
          // CR, LF and CRLF each count once.
          if (c === LF || (c === CR && buf[p + 1] !== LF)) breaks++;
          push(c);
          p++;
        }
      }
      let c = -1;
      while (p < len) {
        c = buf[p]!;
        if (c === delim || c === LF || c === CR) break;
        push(c);
        p++;
      }
      if (p >= len && !final) return -1;
      ends[col++] = used;
      push(0); // the gap byte: the next field starts after it
      if (p >= len) break;
      p++;
      if (c === LF || c === CR) {
        stop = p - 1;
        if (c === CR && p < len && buf[p] === LF) p++;
        break;
      }
    }
    const at = line;
    line += breaks + 1;
    if (stop - lineStart > maxRecord) tooLong(at);
    else emit(scratch, 0, col, at);
    return p;
  }

  /**
   * Reads the lines of `buf[pos, end)`, where every line ends in a line end (LF, CR or CRLF)
   * and a CR at `end − 1` is not followed by an LF. A line whose fields do not start with a
   * quote takes the fast path (a quote inside an unquoted field is plain text, in both paths);
   * a quoted one is read again by `slowRecord`. Returns where it stopped: `end`, or the start
   * of a quoted record that runs past it.
   */
  function scan(buf: Uint8Array, pos: number, end: number): number {
    const d = delim;
    let fieldEnds = ends;
    let cap = fieldEnds.length;
    while (pos < end) {
      const lineStart = pos;
      let col = 0;
      let c = buf[pos]!;
      let quoted = false;
      // Every line up to `end` ends in a line end, so the loops need no bounds check.
      for (;;) {
        if (c === QUOTE) {
          quoted = true;
          break;
        }
        while (c !== d && c !== LF && c !== CR) c = buf[++pos]!;
        if (col === cap) {
          fieldEnds = growEnds();
          cap = fieldEnds.length;
        }
        fieldEnds[col++] = pos;
        if (c === LF || c === CR) break;
        c = buf[++pos]!;
      }
      if (quoted) {
        const next = slowRecord(buf, lineStart, end, false);
        if (next < 0) return lineStart;
        pos = next;
        fieldEnds = ends;
        cap = fieldEnds.length;
        continue;
      }
      const stop = pos;
      pos++;
      if (c === CR && pos < end && buf[pos] === LF) pos++;
      if (col === 1 && stop === lineStart) {
        line++;
        continue;
      }
      if (stop - lineStart > maxRecord) tooLong(line);
      else emit(buf, lineStart, col, line);
      line++;
    }
    return pos;
  }

  function begin(buf: Uint8Array, len: number): number {
    started = true;
    let from = 0;
    if (len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
      from = 3;
      encoding ??= "utf-8";
    }
    if (delim < 0) delim = detectDelimiter(buf.subarray(0, len), from);
    return from;
  }

  // Streaming. Complete lines of a chunk are read where they lie; the one record a chunk ends
  // inside is copied to `carry`, and from then on only the bytes that arrive are looked at:
  // `probe` follows the record's quoting state byte by byte until the record's line end shows
  // up, and only then is the record read, once. So every byte is examined a bounded number of
  // times whatever the chunk sizes, and the carry never holds more than `maxRecordBytes`:
  // past that the record is reported as record_too_long and skipped to its end.

  // The state of the probe in the carried record.
  const P_FIELD = 0; // at the start of a field
  const P_TEXT = 1; // in an unquoted field
  const P_QUOTED = 2; // inside quotes
  const P_QUOTE = 3; // a quote inside quotes: the closing one, or the first of a doubled pair
  const P_CR = 4; // a CR ended the record; an LF right after it belongs to it
  let carry = new Uint8Array(0);
  let carryLen = 0;
  let carrying = false; // a record is open: its bytes are in `carry` (or being skipped)
  let skipping = false;
  let probeState = P_FIELD;
  let probeBytes = 0; // bytes of the open record before its line end
  let probeBreaks = 0; // line breaks inside its quotes (CR, LF, CRLF each once)
  let probeLastCR = false;
  let probeLastBreak = false; // the last byte was a line break inside quotes
  let headSeen = false; // before the first line end, bytes wait in `carry` for the delimiter guess

  function append(bytes: Uint8Array, from: number, to: number): void {
    const n = to - from;
    if (carryLen + n > carry.length) {
      const bigger = new Uint8Array(Math.max(carry.length * 2, carryLen + n, 1024));
      bigger.set(carry.subarray(0, carryLen));
      carry = bigger;
    }
    carry.set(bytes.subarray(from, to), carryLen);
    carryLen += n;
  }

  /** Follows the open record through `buf[from, to)`: the position after its line end, or −1. */
  function probe(buf: Uint8Array, from: number, to: number): number {
    const d = delim;
    let state = probeState;
    let n = probeBytes;
    let breaks = probeBreaks;
    let lastCR = probeLastCR;
    let lastBreak = probeLastBreak;
    let p = from;
    let found = -1;
    for (; p < to; p++) {
      const c = buf[p]!;
      if (state === P_CR) {
        found = c === LF ? p + 1 : p;
        break;
      }
      if (state === P_QUOTED) {
        if (c === QUOTE) state = P_QUOTE;
        else if (c === CR) breaks++;
        else if (c === LF && !lastCR) breaks++;
        lastCR = c === CR;
        lastBreak = c === CR || c === LF;
        n++;
        continue;
      }
      if (c === LF) {
        found = p + 1;
        break;
      }
      if (c === CR) state = P_CR;
      else {
        n++;
        if (c === d) state = P_FIELD;
        else if (c === QUOTE && state !== P_TEXT) state = P_QUOTED;
        else state = P_TEXT;
        lastCR = false;
        lastBreak = false;
      }
    }
    probeState = state;
    probeBytes = n;
    probeBreaks = breaks;
    probeLastCR = lastCR;
    probeLastBreak = lastBreak;
    return found;
  }

  function resetProbe(): void {
    probeState = P_FIELD;
    probeBytes = 0;
    probeBreaks = 0;
    probeLastCR = false;
    probeLastBreak = false;
  }

  /** Carries the record that starts at `from` and runs past the end of `bytes`. */
  function carryFrom(bytes: Uint8Array, from: number): void {
    carrying = true;
    resetProbe();
    const next = carryOn(bytes, from);
    // Callers carry only a record whose line end has not arrived; should one be there after
    // all, the bytes after it are still read, never dropped.
    if (next >= 0 && next < bytes.length) readChunk(bytes, next);
  }

  /** Feeds `bytes[from…]` to the open record; returns where the bytes after it start, or −1 when it is still open. */
  function carryOn(bytes: Uint8Array, from: number): number {
    const found = probe(bytes, from, bytes.length);
    if (!skipping && probeBytes > maxRecord) {
      skipping = true;
      carryLen = 0;
      tooLong(line);
    }
    if (found < 0) {
      if (!skipping) append(bytes, from, bytes.length);
      return -1;
    }
    carrying = false;
    if (skipping) {
      skipping = false;
      line += probeBreaks + 1;
    } else {
      append(bytes, from, found);
      const whole = carryLen;
      carryLen = 0;
      // The carry is complete: one record, ended by its line end.
      readAll(carry, whole);
    }
    return found;
  }

  /** Reads all of `buf[0, len)`, which ends in a line end, as final: a quoted field still open is an issue. */
  function readAll(buf: Uint8Array, len: number): void {
    let pos = 0;
    while (pos < len) {
      const rest = scan(buf, pos, len);
      if (rest >= len) break;
      pos = slowRecord(buf, rest, len, true);
    }
  }

  /** The last LF or CR in `bytes[from, to)`, or −1. */
  function lastLineEnd(bytes: Uint8Array, from: number, to: number): number {
    for (let p = to - 1; p >= from; p--) {
      const c = bytes[p]!;
      if (c === LF || c === CR) return p;
    }
    return -1;
  }

  /** Reads the complete lines of `bytes[from…]` in place and carries the rest. */
  function readChunk(bytes: Uint8Array, from: number): void {
    let last = lastLineEnd(bytes, from, bytes.length);
    // A CR as the very last byte may be the first half of a CRLF: leave its line to the carry.
    if (last === bytes.length - 1 && bytes[last] === CR) last = lastLineEnd(bytes, from, last);
    const rest = last < 0 ? from : scan(bytes, from, last + 1);
    if (rest < bytes.length) carryFrom(bytes, rest);
  }

  const encoder = new TextEncoder();

  function push(chunk: Uint8Array | string): void {
    let bytes: Uint8Array;
    if (typeof chunk === "string") {
      if (!started && carryLen === 0) {
        stringInput = true;
        if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      }
      bytes = encoder.encode(chunk);
    } else if (chunk instanceof Uint8Array)
      // A plain view (not a Node Buffer subclass), so the hot loops see one kind of array.
      bytes = Object.getPrototypeOf(chunk) === Uint8Array.prototype ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    else throw new AdapterError("invalid_input", "expected chunks of text (strings) or bytes (Uint8Array)");
    if (stringInput) encoding = "utf-8";
    if (bytes.length === 0) return;
    if (!started) {
      // Wait for the first line end before guessing the delimiter (and for a BOM's 3 bytes),
      // looking only at the bytes that arrive; at most maxRecordBytes are held.
      headSeen ||= lastLineEnd(bytes, 0, bytes.length) >= 0;
      append(bytes, 0, bytes.length);
      if (!headSeen && carryLen <= maxRecord) return;
      const head = carry.slice(0, carryLen);
      carryLen = 0;
      carry = new Uint8Array(0);
      readChunk(head, begin(head, head.length));
      return;
    }
    let from = 0;
    if (carrying) {
      from = carryOn(bytes, 0);
      if (from < 0) return;
    }
    readChunk(bytes, from);
  }

  function end(): ReadReferralsSummary {
    if (!started && carryLen > 0) {
      const head = carry.slice(0, carryLen);
      carryLen = 0;
      const from = begin(head, head.length);
      // Not one line end in it: the whole input is one open record.
      if (from < head.length) carryFrom(head, from);
    }
    if (skipping) {
      // The skipped record runs to the end of the input: its last line is counted unless a
      // line break inside its quotes was the last byte.
      line += probeBreaks + (probeState !== P_CR && probeLastBreak ? 0 : 1);
      skipping = false;
    } else if (carrying && carryLen > 0) {
      const tail = carry.slice(0, carryLen);
      carryLen = 0;
      // The last line may lack its line end: add one so every line ends in one.
      const last = tail[tail.length - 1];
      const buf = last === LF || last === CR ? tail : concat(tail, new Uint8Array([LF]));
      readAll(buf, buf.length);
    }
    carrying = false;
    headerDone = true;
    return Object.freeze({ lines: line - 1, records, issues, delimiter: String.fromCharCode(delim < 0 ? 44 : delim), encoding: encoding ?? "utf-8" });
  }

  function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
  }

  return Object.freeze({ push, end });
}
