import { AdapterError } from "../AdapterError.js";

/**
 * The delimiters detection chooses from, in the order that breaks ties.
 *
 * @example
 * ```ts
 * import { CSV_DELIMITERS } from "@opptrapping/adapters/csv";
 * CSV_DELIMITERS.includes(";"); // true
 * ```
 */
export const CSV_DELIMITERS = [",", ";", "\t", "|"] as const;

/**
 * What {@link sniffHeader} found: the delimiter, and how many characters an Excel `sep=` line takes.
 *
 * @example
 * ```ts
 * import { sniffHeader, type SniffedHeader } from "@opptrapping/adapters/csv";
 * const found: SniffedHeader | undefined = sniffHeader("sep=;\r\na;b\r\n", true); // { delimiter: ";", sepLineLength: 7 }
 * ```
 */
export interface SniffedHeader {
  readonly delimiter: string;
  /** Length of a leading `sep=;` line including its line end (0 when there is none). */
  readonly sepLineLength: number;
}

/**
 * Finds the delimiter on the header line — the first non-empty line — counting `,` `;` tab and
 * `|` outside quotes; the most frequent wins, ties go in that order, and a header with none of
 * them (one column) gives `,`. An Excel `sep=;` first line names the delimiter outright.
 * Returns `undefined` while the header line is incomplete and more text may follow (`final`
 * false), so a tokenizer can wait for the next chunk.
 *
 * @example
 * ```ts
 * import { sniffHeader } from "@opptrapping/adapters/csv";
 * sniffHeader('"region";"år";"Antall, i alt"\n', true); // { delimiter: ";", sepLineLength: 0 }
 * ```
 */
export function sniffHeader(text: string, final: boolean): SniffedHeader | undefined {
  if (text.startsWith("sep=")) {
    if (text.length < 6 && !final) return undefined;
    const delimiter = text.charAt(4);
    const next = text.charCodeAt(5);
    const wholeLine = text.length === 5 || next === 10 || next === 13;
    if (wholeLine && delimiter !== '"' && delimiter !== "\n" && delimiter !== "\r") {
      if (next === 13 && text.length === 6 && !final) return undefined;
      const length = text.length === 5 ? 5 : next === 13 && text.charCodeAt(6) === 10 ? 7 : 6;
      return { delimiter, sepLineLength: length };
    }
  }
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13)) i++;
  const counts = [0, 0, 0, 0];
  let quoted = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 10 || c === 13) break;
    else if (c === 44) counts[0]!++;
    else if (c === 59) counts[1]!++;
    else if (c === 9) counts[2]!++;
    else if (c === 124) counts[3]!++;
  }
  if (i === text.length && !final) return undefined;
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return { delimiter: CSV_DELIMITERS[best as 0 | 1 | 2 | 3], sepLineLength: 0 };
}

/**
 * The delimiter of a CSV text, decided on its header line (see {@link sniffHeader}).
 *
 * @example
 * ```ts
 * import { detectDelimiter } from "@opptrapping/adapters/csv";
 * detectDelimiter("Region;Periode;Ventetid\nHelse Vest;2024T2;41,5\n"); // ";"
 * ```
 */
export function detectDelimiter(text: string): string {
  return (sniffHeader(text, true) as SniffedHeader).delimiter;
}

/**
 * Checks a delimiter given by the caller: one character, not a quote or a line end; returns its code.
 *
 * @example
 * ```ts
 * checkDelimiter(";"); // 59
 * ```
 */
export function checkDelimiter(delimiter: string): number {
  if (typeof delimiter !== "string" || delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") {
    throw new AdapterError("invalid_option", `the delimiter must be one character other than a quote or a line end, got ${JSON.stringify(delimiter)}`);
  }
  return delimiter.charCodeAt(0);
}
