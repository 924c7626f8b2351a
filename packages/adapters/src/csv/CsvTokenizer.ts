import { AdapterError } from "../AdapterError.js";
import { checkDelimiter, sniffHeader } from "./detectDelimiter.js";

/**
 * One row of a CSV text: its fields and the line it starts on.
 *
 * @example
 * ```ts
 * import { tokenizeCsv, type CsvRow } from "@opptrapping/adapters/csv";
 * const [header]: CsvRow[] = tokenizeCsv("region;verdi\n"); // { fields: ["region", "verdi"], line: 1, error: undefined }
 * ```
 */
export interface CsvRow {
  /** The fields, unquoted and unescaped; nothing is trimmed. */
  readonly fields: string[];
  /** The 1-based physical line the row starts on (a quoted line end inside a field counts). */
  readonly line: number;
  /** Why the row is malformed (`ragged_row`, `invalid_quote`, `unterminated_quote`), with `onError: "report"`. */
  readonly error: AdapterError | undefined;
}

/**
 * Options of {@link CsvTokenizer}.
 *
 * @example
 * ```ts
 * import { CsvTokenizer, type CsvTokenizerOptions } from "@opptrapping/adapters/csv";
 * const options: CsvTokenizerOptions = { delimiter: ";", onError: "report" };
 * const tokenizer = new CsvTokenizer(options);
 * ```
 */
export interface CsvTokenizerOptions {
  /** The field delimiter, one character. @default detected on the header line (see `sniffHeader`) */
  readonly delimiter?: string;
  /**
   * What a malformed row does: `"throw"` its AdapterError from `push`/`end`, or `"report"` it
   * as the row's `error` and go on.
   * @default "throw"
   */
  readonly onError?: "throw" | "report";
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const AFTER_QUOTE = 3;

/**
 * An incremental RFC 4180 tokenizer: `push` text in chunks of any size (split anywhere, even
 * inside quotes or between `\r` and `\n`), get back the rows each chunk completes, and call
 * `end` for the last one. Quoted fields may hold delimiters, `""` escapes and line ends;
 * lines end with CRLF, LF or CR; a leading BOM and an Excel `sep=;` line are dropped; empty
 * lines are skipped; the last line needs no line end. The first row fixes the width: a row
 * with another number of fields is `ragged_row`. A quote inside an unquoted field is a plain
 * character; text after a closing quote is `invalid_quote`; a quote still open at the end is
 * `unterminated_quote` at the line where it opened. Only the unfinished row is buffered, so a
 * file is never held whole. After a thrown error the tokenizer must not be used again.
 *
 * @example
 * ```ts
 * import { CsvTokenizer } from "@opptrapping/adapters/csv";
 * const t = new CsvTokenizer();
 * t.push('region;verdi\n"Helse Sør-Øst";1');
 * t.push("2,5\r");
 * [...t.push("\n"), ...t.end()].map((r) => r.fields); // [["Helse Sør-Øst", "12,5"]]
 * ```
 */
export class CsvTokenizer {
  private delimiter: number;
  private readonly throwOnError: boolean;
  private buf = "";
  private pos = 0;
  private state = FIELD_START;
  private fieldStart = 0;
  /** A quoted field's text so far (with escapes resolved), kept across chunks. */
  private acc = "";
  private fields: string[] = [];
  private line = 1;
  private rowLine = 1;
  private quoteLine = 1;
  private width = -1;
  private problem: AdapterError | undefined = undefined;
  private started = false;
  private sniffed = false;
  private ended = false;

  constructor(options: CsvTokenizerOptions = {}) {
    this.delimiter = options.delimiter === undefined ? -1 : checkDelimiter(options.delimiter);
    this.throwOnError = (options.onError ?? "throw") === "throw";
  }

  /** The delimiter in use; `undefined` until the header line is complete (when detecting). */
  get delimiterInUse(): string | undefined {
    return this.delimiter < 0 ? undefined : String.fromCharCode(this.delimiter);
  }

  /** Adds text; returns the rows it completes. */
  push(chunk: string): CsvRow[] {
    if (this.ended) throw new AdapterError("tokenizer_ended", "push after end: the CSV tokenizer has already been ended");
    const out: CsvRow[] = [];
    if (chunk.length === 0) return out;
    const keep = this.state === UNQUOTED || this.state === QUOTED ? this.fieldStart : this.pos;
    this.buf = keep === 0 ? this.buf + chunk : this.buf.slice(keep) + chunk;
    this.pos -= keep;
    this.fieldStart -= keep;
    if (this.ready(false)) this.scan(out, false);
    return out;
  }

  /** Ends the input; returns the last rows. */
  end(): CsvRow[] {
    if (this.ended) throw new AdapterError("tokenizer_ended", "end called twice on the CSV tokenizer");
    const out: CsvRow[] = [];
    this.ready(true);
    this.scan(out, true);
    this.ended = true;
    const fields = this.fields;
    switch (this.state) {
      case FIELD_START:
        if (fields.length > 0) {
          fields.push("");
          this.emit(out, fields, this.rowLine);
        }
        break;
      case UNQUOTED:
        fields.push(this.acc + this.buf.slice(this.fieldStart));
        this.emit(out, fields, this.rowLine);
        break;
      case AFTER_QUOTE:
        fields.push(this.acc);
        this.emit(out, fields, this.rowLine);
        break;
      default:
        this.problem ??= new AdapterError("unterminated_quote", "a quoted field is never closed: the text ends inside quotes", { line: this.quoteLine, column: fields.length + 1 });
        fields.push(this.acc);
        this.emit(out, fields, this.rowLine);
    }
    this.buf = "";
    return out;
  }

  /** Drops a BOM, skips a `sep=` line and settles the delimiter; false while the header line is incomplete. */
  private ready(final: boolean): boolean {
    if (!this.started) {
      if (this.buf.length === 0 && !final) return false;
      this.started = true;
      if (this.buf.charCodeAt(0) === 0xfeff) this.buf = this.buf.slice(1);
    }
    if (!this.sniffed) {
      const sniffed = sniffHeader(this.buf, final);
      if (sniffed === undefined) return false;
      this.sniffed = true;
      if (this.delimiter < 0) this.delimiter = sniffed.delimiter.charCodeAt(0);
      if (sniffed.sepLineLength > 0) {
        this.buf = this.buf.slice(sniffed.sepLineLength);
        this.line = this.rowLine = 2;
      }
    }
    return true;
  }

  private scan(out: CsvRow[], final: boolean): void {
    const buf = this.buf;
    const n = buf.length;
    const d = this.delimiter;
    let i = this.pos;
    let state = this.state;
    let fieldStart = this.fieldStart;
    let line = this.line;
    let rowLine = this.rowLine;
    let fields = this.fields;
    while (i < n) {
      if (state === FIELD_START) {
        const c = buf.charCodeAt(i);
        if (c === d) {
          fields.push("");
          i++;
        } else if (c === QUOTE) {
          state = QUOTED;
          this.quoteLine = line;
          this.acc = "";
          fieldStart = ++i;
        } else if (c === LF || c === CR) {
          if (c === CR && i + 1 === n && !final) break;
          i += c === CR && buf.charCodeAt(i + 1) === LF ? 2 : 1;
          if (fields.length > 0) {
            fields.push("");
            this.emit(out, fields, rowLine);
            fields = [];
          }
          rowLine = ++line;
        } else {
          state = UNQUOTED;
          fieldStart = i++;
        }
      } else if (state === UNQUOTED) {
        let c = 0;
        while (i < n) {
          c = buf.charCodeAt(i);
          if (c === d || c === LF || c === CR) break;
          i++;
        }
        if (i === n || (c === CR && i + 1 === n && !final)) break;
        fields.push(this.acc === "" ? buf.slice(fieldStart, i) : this.acc + buf.slice(fieldStart, i));
        this.acc = "";
        state = FIELD_START;
        if (c === d) {
          i++;
        } else {
          i += c === CR && buf.charCodeAt(i + 1) === LF ? 2 : 1;
          this.emit(out, fields, rowLine);
          fields = [];
          rowLine = ++line;
        }
      } else if (state === QUOTED) {
        let j = i;
        let paused = false;
        while (j < n) {
          const c = buf.charCodeAt(j);
          if (c === QUOTE) break;
          if (c === LF) line++;
          else if (c === CR) {
            if (j + 1 < n) {
              if (buf.charCodeAt(j + 1) !== LF) line++;
            } else if (final) line++;
            else {
              paused = true;
              break;
            }
          }
          j++;
        }
        this.acc += buf.slice(fieldStart, j);
        if (paused || j === n) {
          fieldStart = i = j;
          break;
        }
        i = j + 1;
        state = AFTER_QUOTE;
      } else {
        const c = buf.charCodeAt(i);
        if (c === QUOTE) {
          this.acc += '"';
          fieldStart = ++i;
          state = QUOTED;
        } else if (c === d) {
          fields.push(this.acc);
          this.acc = "";
          i++;
          state = FIELD_START;
        } else if (c === LF || c === CR) {
          if (c === CR && i + 1 === n && !final) break;
          fields.push(this.acc);
          this.acc = "";
          i += c === CR && buf.charCodeAt(i + 1) === LF ? 2 : 1;
          state = FIELD_START;
          this.emit(out, fields, rowLine);
          fields = [];
          rowLine = ++line;
        } else {
          this.problem ??= new AdapterError("invalid_quote", "text follows a closing quote; a quoted field must end at a delimiter or a line end (write a quote inside quotes as \"\")", { line, column: fields.length + 1 });
          state = UNQUOTED;
          fieldStart = i;
        }
      }
    }
    this.pos = i;
    this.state = state;
    this.fieldStart = fieldStart;
    this.line = line;
    this.rowLine = rowLine;
    this.fields = fields;
  }

  private emit(out: CsvRow[], fields: string[], line: number): void {
    let error = this.problem;
    this.problem = undefined;
    if (this.width < 0) this.width = fields.length;
    else if (error === undefined && fields.length !== this.width) {
      error = new AdapterError("ragged_row", `the row has ${fields.length} field${fields.length === 1 ? "" : "s"} where the header has ${this.width}`, { line });
    }
    if (error !== undefined && this.throwOnError) throw error;
    out.push({ fields, line, error });
  }
}
