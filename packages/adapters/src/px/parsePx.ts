import { readPx } from "./readPx.js";
import type { PxFile } from "./types.js";

/**
 * Parses a PX (PC-Axis) file as Statistics Sweden's 2013 specification describes it: the
 * keyword section (`KEYWORD[lang]("subkey")=value;`, strings continued across lines, lists,
 * TIMEVAL's `TLIST`), the variables from STUB/HEADING/VALUES/CODES, and DATA last (numbers,
 * missing-value dots and `"-"`, dense or KEYS). Bytes are decoded with the file's CODEPAGE
 * (ISO-8859-1 when it declares none). Language-suffixed keywords (`VALUES[en]`) are kept in
 * `translations`. Every problem is an AdapterError with a code and where it is: the line and
 * column for syntax, the cell and its coordinates for data.
 *
 * @example
 * ```ts
 * import { parsePx } from "@opptrapping/adapters/px";
 * const file = parsePx('STUB="region";\nHEADING="år";\nVALUES("region")="Oslo","Bergen";\nVALUES("år")="2024";\nDATA=\n12 ".."\n;');
 * file.data; // [12, ".."]
 * ```
 */
export function parsePx(input: string | Uint8Array): PxFile {
  return readPx(input, true).file;
}
