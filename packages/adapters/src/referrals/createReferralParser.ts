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

function checkMapping(mapping: ReferralMapping): void {
  if (mapping === null || typeof mapping !== "object" || mapping.columns === null || typeof mapping.columns !== "object")
    throw new AdapterError("invalid_mapping", "the mapping needs columns: { service, received, started, … }");
  for (const f of REQUIRED)
    if (mapping.columns[f] === undefined) throw new AdapterError("invalid_mapping", `the mapping names no column for ${f}`, { path: ["columns", f] });
  for (const [f, c] of Object.entries(mapping.columns)) {
    if (!(f in FIELD_KINDS)) throw new AdapterError("invalid_mapping", `unknown field ${JSON.stringify(f)}; fields: ${Object.keys(FIELD_KINDS).join(", ")}`, { path: ["columns", f] });
    if (c !== undefined && !(typeof c === "string" ? c.trim() !== "" : Number.isInteger(c) && c >= 0))
      throw new AdapterError("invalid_mapping", `the column of ${f} must be a header name or a 0-based position, got ${JSON.stringify(c)}`, { path: ["columns", f] });
    if (mapping.header === false && typeof c === "string")
      throw new AdapterError("invalid_mapping", `without a header, the column of ${f} must be a 0-based position`, { path: ["columns", f] });
  }
  const { dateFormat, encoding, delimiter } = mapping;
  if (dateFormat !== undefined && dateFormat !== "iso" && dateFormat !== "nb" && dateFormat !== "auto")
    throw new AdapterError("invalid_mapping", `dateFormat must be "iso", "nb" or "auto", got ${JSON.stringify(dateFormat)}`, { path: ["dateFormat"] });
  if (encoding !== undefined && encoding !== "utf-8" && encoding !== "latin1" && encoding !== "auto")
    throw new AdapterError("invalid_mapping", `encoding must be "utf-8", "latin1" or "auto", got ${JSON.stringify(encoding)}`, { path: ["encoding"] });
  if (delimiter !== undefined && (typeof delimiter !== "string" || delimiter.length !== 1 || delimiter.charCodeAt(0) > 127 || delimiter === '"' || delimiter === "\n" || delimiter === "\r"))
    throw new AdapterError("invalid_mapping", `delimiter must be one ASCII character other than a quote or line break, got ${JSON.stringify(delimiter)}`, { path: ["delimiter"] });
}

/** The most frequent of `,` `;` tab `|` outside quotes in the first line, `,` when none. */
function detectDelimiter(buf: Uint8Array, from: number): number {
  const counts = new Map<number, number>([[44, 0], [59, 0], [TAB, 0], [124, 0]]);
  let quoted = false;
  for (let p = from; p < buf.length; p++) {
    const c = buf[p]!;
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && c === LF) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = 44;
  for (const [c, n] of counts) if (n > counts.get(best)!) best = c;
  return best;
}

/**
 * Creates the streaming parser behind {@link readReferrals} and {@link readReferralsInto}.
 * RFC 4180 CSV: quoted fields with the delimiter, doubled quotes and line breaks inside;
 * CRLF or LF line ends; a UTF-8 byte-order mark is dropped; blank lines are skipped. Lines
 * without quotes take a fast path over the bytes: no per-field strings, dates parsed straight
 * into day numbers, text fields interned. Only a line with a quoted field takes the slow path.
 *
 * @throws {AdapterError} `invalid_mapping`, `missing_column` (a mapped column not in the
 * header), and — when no `onIssue` is given — the first unreadable line's code.
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
  checkMapping(mapping);
  const dateFormat = mapping.dateFormat ?? "auto";
  const hasHeader = mapping.header !== false;
  const serviceMap = mapping.serviceMap;
  const { onRecord, onIssue } = handlers;
  const reuse = handlers.reuseRecord === true;

  let encoding: TextEncodingName | undefined = mapping.encoding === "auto" || mapping.encoding === undefined ? undefined : mapping.encoding;
  let delim = mapping.delimiter === undefined ? -1 : mapping.delimiter.charCodeAt(0);
  let started = false;
  let stringInput = false;
  let leftover: Uint8Array | null = null;
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
              return text === undefined ? undefined : (serviceMap[text] ?? text);
            }
          : decodeText,
      ),
    );

  const [, serviceTable, rhfTable, hfTable, municipalityTable, sexTable] = tables as [InternTable, InternTable, InternTable, InternTable, InternTable, InternTable];

  const shared: ReferralRecord = { service: "", rhf: undefined, hf: undefined, municipality: undefined, sex: undefined, age: undefined, received: 0, started: null, line: 0 };

  function issue(code: ReferralIssue["code"], message: string, at: number): void {
    issues++;
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
      const c = mapping.columns[field];
      if (c === undefined) continue;
      let index: number;
      if (typeof c === "number") index = c;
      else {
        const want = c.trim();
        index = names!.indexOf(want);
        if (index < 0) index = names!.findIndex((n) => n.toLowerCase() === want.toLowerCase());
        if (index < 0)
          throw new AdapterError("missing_column", `the column ${JSON.stringify(want)} for ${field} is not in the header (${names!.map((n) => JSON.stringify(n)).join(", ")})`, { line: 1 });
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

  /**
   * Reads one record that has a quote, from `lineStart`, into `scratch` (RFC 4180: quoted
   * fields with doubled quotes, delimiters and line breaks inside; text after a closing quote
   * is kept, leniently). Returns the position after it, or −1 when the buffer ends inside it
   * and more input may come.
   */
  function slowRecord(buf: Uint8Array, lineStart: number, len: number, final: boolean): number {
    let p = lineStart;
    let used = 0;
    let col = 0;
    let breaks = 0;
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
            issue("unterminated_quote", "a quoted field is still open at the end of the input", line);
            line += breaks + 1;
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
          if (c === LF) breaks++;
          push(c);
          p++;
        }
      }
      let c = 0;
      while (p < len) {
        c = buf[p]!;
        if (c === delim || c === LF) break;
        if (c === CR && (p + 1 >= len || buf[p + 1] === LF)) {
          if (p + 1 >= len && !final) return -1;
          p++;
          continue;
        }
        push(c);
        p++;
      }
      if (p >= len && !final) return -1;
      ends[col++] = used;
      push(0); // the gap byte: the next field starts after it
      if (p >= len) break;
      p++;
      if (c === LF) break;
    }
    const at = line;
    line += breaks + 1;
    emit(scratch, 0, col, at);
    return p;
  }

  /**
   * Reads the lines of `buf[pos, end)`, where `end` is just after a line feed. A line whose
   * fields do not start with a quote takes the fast path (a quote inside an unquoted field is
   * plain text, in both paths); a quoted one is read again by `slowRecord`. Returns where it
   * stopped: `end`, or the start of a quoted record that runs past it.
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
      // Every line up to `end` ends in a line feed, so the loops need no bounds check.
      for (;;) {
        if (c === QUOTE) {
          quoted = true;
          break;
        }
        while (c !== d && c !== LF) c = buf[++pos]!;
        if (col === cap) {
          fieldEnds = growEnds();
          cap = fieldEnds.length;
        }
        fieldEnds[col++] = pos;
        if (c === LF) break;
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
      pos++;
      const last = fieldEnds[col - 1]!;
      const lastStart = col === 1 ? lineStart : fieldEnds[col - 2]! + 1;
      if (last > lastStart && buf[last - 1] === CR) fieldEnds[col - 1] = last - 1;
      if (col === 1 && fieldEnds[0] === lineStart) {
        line++;
        continue;
      }
      emit(buf, lineStart, col, line);
      line++;
    }
    return pos;
  }

  function begin(buf: Uint8Array): number {
    started = true;
    let from = 0;
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
      from = 3;
      encoding ??= "utf-8";
    }
    if (delim < 0) delim = detectDelimiter(buf, from);
    return from;
  }

  const encoder = new TextEncoder();

  function concat(a: Uint8Array, b: Uint8Array, bEnd = b.length): Uint8Array {
    const out = new Uint8Array(a.length + bEnd);
    out.set(a);
    out.set(bEnd === b.length ? b : b.subarray(0, bEnd), a.length);
    return out;
  }

  function push(chunk: Uint8Array | string): void {
    let bytes: Uint8Array;
    if (typeof chunk === "string") {
      if (!started && leftover === null) {
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
      // Wait for the whole first line before guessing the delimiter (and for a BOM's 3 bytes).
      const head = leftover === null ? bytes : concat(leftover, bytes);
      if (head.indexOf(LF) < 0 && head.length < 1 << 20) {
        leftover = head === bytes ? bytes.slice() : head;
        return;
      }
      leftover = null;
      const from = begin(head);
      const last = head.lastIndexOf(LF);
      const rest = last < from ? from : scan(head, from, last + 1);
      if (rest < head.length) leftover = head.slice(rest);
      return;
    }
    let pos = 0;
    if (leftover !== null) {
      // Finish the carried line with the bytes up to the first line feed: a small copy, not the chunk.
      const lf = bytes.indexOf(LF);
      if (lf < 0) {
        leftover = concat(leftover, bytes);
        return;
      }
      const joined = concat(leftover, bytes, lf + 1);
      const rest = scan(joined, 0, joined.length);
      if (rest < joined.length) {
        // A quoted record runs on: carry on with the whole chunk joined.
        const all = concat(leftover, bytes);
        leftover = null;
        const lastAll = all.lastIndexOf(LF);
        const restAll = scan(all, 0, lastAll + 1);
        if (restAll < all.length) leftover = all.slice(restAll);
        return;
      }
      leftover = null;
      pos = lf + 1;
    }
    const last = bytes.lastIndexOf(LF);
    const rest = last < pos ? pos : scan(bytes, pos, last + 1);
    // Copy what is left: the caller may reuse its chunk.
    if (rest < bytes.length) leftover = bytes.slice(rest);
  }

  function end(): ReadReferralsSummary {
    if (leftover !== null) {
      const tail = leftover;
      leftover = null;
      const from = started ? 0 : begin(tail);
      // The last line may lack its line feed: add one so every line ends in one.
      const buf = tail[tail.length - 1] === LF ? tail : concat(tail, new Uint8Array([LF]));
      let pos = from;
      while (pos < buf.length) {
        const rest = scan(buf, pos, buf.length);
        if (rest >= buf.length) break;
        // A quoted field open at the very end: read it as final (an unterminated quote is an issue).
        pos = slowRecord(buf, rest, buf.length, true);
      }
    }
    headerDone = true;
    return Object.freeze({ lines: line - 1, records, issues, delimiter: String.fromCharCode(delim < 0 ? 44 : delim), encoding: encoding ?? "utf-8" });
  }

  return Object.freeze({ push, end });
}
