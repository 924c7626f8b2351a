import type { ReferralDateFormat } from "./bytes.js";

/**
 * A column of a referral file: its header name, or its 0-based position.
 *
 * @example
 * ```ts
 * import type { ReferralColumn } from "@opptrapping/adapters/csv";
 * const byName: ReferralColumn = "mottatt";
 * const byPosition: ReferralColumn = 7;
 * ```
 */
export type ReferralColumn = string | number;

/**
 * How to read a referral file (henvisninger): which column holds which field, and how dates,
 * delimiters and text are written.
 *
 * @example
 * ```ts
 * import type { ReferralMapping } from "@opptrapping/adapters/csv";
 * const mapping: ReferralMapping = {
 *   columns: { service: "tjeneste", rhf: "rhf", received: "mottatt", started: "startet" },
 *   dateFormat: "nb",
 *   delimiter: ";",
 *   encoding: "latin1",
 *   serviceMap: { BUP: "PHBU", VOP: "PHV" },
 * };
 * ```
 */
export interface ReferralMapping {
  /** The columns of the fields; `service`, `received` and `started` are required. */
  readonly columns: {
    readonly service: ReferralColumn;
    readonly received: ReferralColumn;
    readonly started: ReferralColumn;
    readonly rhf?: ReferralColumn;
    readonly hf?: ReferralColumn;
    readonly municipality?: ReferralColumn;
    readonly sex?: ReferralColumn;
    readonly age?: ReferralColumn;
  };
  /** `iso` (yyyy-mm-dd), `nb` (dd.mm.yyyy, also d.m.yyyy) or `auto` (either, per value). A time after the date is ignored. @default "auto" */
  readonly dateFormat?: ReferralDateFormat;
  /** One character (`,`, `;`, tab, `|`…). @default detected from the header line: the most frequent of `,` `;` tab `|` outside quotes */
  readonly delimiter?: string;
  /**
   * Text encoding of byte input. `auto`: UTF-8 when there is a byte-order mark or the first
   * non-ASCII text met is valid UTF-8, otherwise Latin-1 (windows-1252). String input is text already.
   * @default "auto"
   */
  readonly encoding?: "utf-8" | "latin1" | "auto";
  /** Whether the first line names the columns. Without a header, columns must be positions. @default true */
  readonly header?: boolean;
  /** Service codes as written in the file to the codes used (e.g. `{ "BUP": "PHBU" }`); others pass unchanged. Own keys only: a service written `constructor` stays `constructor`. */
  readonly serviceMap?: Readonly<Record<string, string>>;
  /**
   * The longest record read, in bytes before its line end (a quoted field's line breaks
   * included). A longer one is reported as `record_too_long` and skipped to its end; a longer
   * header is an error. It bounds what the streaming reader holds: at most this many bytes of
   * a record that runs past a chunk, plus the chunk being read. Raise it for files with very
   * long notes; a typical referral line is 100–300 bytes.
   * @default 1048576 (1 MiB)
   */
  readonly maxRecordBytes?: number;
}

/**
 * One referral read from a file: text fields decoded and interned, dates as day numbers (days
 * since 1970-01-01) — or the text as written when it is not a date, for the calculator to
 * report — `started` null when empty (still waiting), and the line it starts on.
 *
 * @example
 * ```ts
 * import type { ReferralRecord } from "@opptrapping/adapters/csv";
 * const r: ReferralRecord = { service: "PHBU", rhf: "Helse Vest", received: 20_089, started: null, line: 2 };
 * ```
 */
export interface ReferralRecord {
  service: string;
  rhf?: string | undefined;
  hf?: string | undefined;
  municipality?: string | undefined;
  sex?: string | undefined;
  /** Whole years, or the text as written when it is not a whole number. */
  age?: number | string | undefined;
  received: number | string;
  started: number | string | null;
  /** The line the record starts on (the header is line 1). */
  line: number;
}

/**
 * A line that could not be read as a record: `ragged_row` (not as many fields as the header),
 * `unterminated_quote` (a quoted field still open at the end of the input),
 * `invalid_encoding` (text that is not valid UTF-8 when UTF-8 was asked for) or
 * `record_too_long` (more bytes than `maxRecordBytes`; usually a quote left open).
 *
 * @example
 * ```ts
 * import type { ReferralIssue } from "@opptrapping/adapters/csv";
 * const i: ReferralIssue = { code: "ragged_row", message: "9 fields, expected 10", line: 41, path: ["line", 41] };
 * ```
 */
export interface ReferralIssue {
  readonly code: "ragged_row" | "unterminated_quote" | "invalid_encoding" | "record_too_long";
  readonly message: string;
  readonly line: number;
  readonly path: readonly (string | number)[];
}

/**
 * Where {@link readReferralsInto} puts records — a waiting-time accumulator from
 * `@opptrapping/indicators` fits. `add` gets the same record object each time with new values
 * (it must not keep it); `addIssue`, when present, gets the lines that could not be read
 * (without it the reader throws an `AdapterError` at the first).
 *
 * @example
 * ```ts
 * import type { ReferralSink } from "@opptrapping/adapters/csv";
 * let n = 0;
 * const counter: ReferralSink = { add: () => void n++ };
 * ```
 */
export interface ReferralSink {
  add(record: ReferralRecord, line: number): void;
  addIssue?(issue: ReferralIssue): void;
}

/**
 * What a read found: lines read (with the header and blank lines), records passed on, lines
 * that could not be read, and the delimiter and encoding used.
 *
 * @example
 * ```ts
 * import type { ReadReferralsSummary } from "@opptrapping/adapters/csv";
 * const s: ReadReferralsSummary = { lines: 3, records: 2, issues: 0, delimiter: ";", encoding: "latin1" };
 * ```
 */
export interface ReadReferralsSummary {
  readonly lines: number;
  readonly records: number;
  readonly issues: number;
  readonly delimiter: string;
  readonly encoding: "utf-8" | "latin1";
}

/**
 * Input of the readers: the whole file as a string or bytes, or its chunks, sync or async
 * (e.g. a Node read stream, or `readFileChunks` from `@opptrapping/adapters/node`).
 *
 * @example
 * ```ts
 * import type { ReferralInput } from "@opptrapping/adapters/csv";
 * const input: ReferralInput = ["tjeneste;mottatt;startet\n", "PHV;02.01.2025;\n"];
 * ```
 */
export type ReferralInput = string | Uint8Array | Iterable<Uint8Array | string> | AsyncIterable<Uint8Array | string>;
