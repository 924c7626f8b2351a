import { AdapterError } from "../AdapterError.js";
import { buildData } from "./buildData.js";
import { buildTranslations, buildVariables } from "./buildVariables.js";
import { decodePx, normaliseCodepage, type DecodedPx } from "./decodePx.js";
import { indexEntries, listOf, textOf } from "./entries.js";
import { readAttributes, readDataSymbols, readDecimals, readKeys } from "./fileMeta.js";
import { lineIndex, positionAt } from "./lineIndex.js";
import { scanData } from "./scanData.js";
import { scanEntries } from "./scanEntries.js";
import { NATIVE } from "./nativeFormat.js";
import type { PxFile } from "./types.js";

/** A parsed file and, when read leniently, the cells that were neither numbers nor symbols. */
export interface ReadPx {
  readonly file: PxFile;
  readonly issues: readonly AdapterError[];
}

/** Options of {@link readPx}. */
export interface ReadPxOptions {
  /** Read the bytes in this encoding whatever the file declares (`utf-8`, `iso-8859-1`, `iso-8859-15`, `windows-1251`…). */
  readonly encoding?: string;
  /** The most cells the file may have (a KEYS file expands to the full cube). */
  readonly maxCells?: number;
}

function parseText(text: string, codepage: string, strict: boolean, maxCells: number): ReadPx {
  const lines = lineIndex(text);
  const warnings: AdapterError[] = [];
  const { entries, dataStart } = scanEntries(text, lines, warnings, !strict);
  const languageEntry = entries.find((e) => e.keyword === "LANGUAGE" && e.subkeys.length === 0 && e.language === undefined);
  const language = languageEntry ? textOf(languageEntry.value) : undefined;
  const lookup = indexEntries(entries, language);
  if (dataStart === undefined) throw new AdapterError("missing_data", "the file has no DATA keyword (it must come last, followed by the cells)", positionAt(lines, text.length));
  const shape = buildVariables(lookup);
  const cells = shape.variables.reduce((n, v) => n * v.values.length, 1);
  if (cells > maxCells)
    throw new AdapterError("too_many_cells", `the file's variables make ${cells} cells (${shape.variables.map((v) => v.values.length).join(" × ")}), above the limit of ${maxCells}; raise options.maxCells if the file is trusted`, positionAt(lines, dataStart));
  const keys = readKeys(lookup, shape.variables);
  const tokens = scanData(text, dataStart, lines);
  // KEYS rows left out are 0 as the format says — except in toPx's own files, where they hold no observation.
  const matrix = lookup.get("MATRIX");
  const ours = matrix !== undefined && textOf(matrix.value) === "opptrapping";
  const { data, issues } = buildData(tokens, shape.variables, { lines, dataAt: dataStart, strict, ...(keys ? { keys, ...(ours ? { fill: NATIVE.noObservation } : {}) } : {}) });
  const declared = lookup.get("CODEPAGE");
  const languagesEntry = lookup.get("LANGUAGES");
  const languages = languagesEntry ? listOf(languagesEntry.value) : [];
  const suffixes = entries.flatMap((e) => (e.language !== undefined && e.language !== language && /^(STUB|HEADING|VALUES|CODES)$/.test(e.keyword) ? [e.language] : []));
  const others = [...new Set([...languages, ...suffixes])].filter((l) => l !== language);
  const attributes = readAttributes(lookup, language);
  const decimals = readDecimals(lookup);
  const file: PxFile = {
    codepage: declared ? normaliseCodepage(textOf(declared.value)) : codepage,
    ...(language !== undefined ? { language } : {}),
    languages,
    ...(decimals !== undefined ? { decimals } : {}),
    stub: shape.stub,
    heading: shape.heading,
    variables: shape.variables,
    translations: buildTranslations(lookup, shape, others),
    ...(keys ? { keys } : {}),
    ...(attributes ? { attributes } : {}),
    dataSymbols: readDataSymbols(lookup),
    entries,
    data,
  };
  return { file, issues: [...warnings, ...issues] };
}

/**
 * Decodes and parses a PX file; strict throws the first bad DATA cell, lenient keeps it (as
 * its text) and reports it. Every other problem always throws. Bytes whose header declares a
 * code page the first read missed are read again with it.
 *
 * @example
 * ```ts
 * readPx('STUB="år";\nVALUES("år")="2024";\nDATA=\n12;', true).file.data; // [12]
 * ```
 */
export function readPx(input: string | Uint8Array, strict: boolean, options: ReadPxOptions = {}): ReadPx {
  const bytes = typeof input === "string" ? input.length : input.byteLength;
  const maxCells = options.maxCells ?? defaultMaxCells(bytes);
  const forced = options.encoding === undefined ? undefined : normaliseCodepage(options.encoding);
  const decoded = decodePx(input, forced, forced !== undefined);
  const withWarning = (r: ReadPx, d: DecodedPx): ReadPx => (d.warning ? { file: r.file, issues: [d.warning, ...r.issues] } : r);
  const read = parseText(decoded.text, decoded.codepage, strict, maxCells);
  // A file read as UTF-8 against its declaration keeps that reading (and its warning).
  if (typeof input === "string" || forced !== undefined || decoded.warning || read.file.codepage === decoded.codepage) return withWarning(read, decoded);
  const again = decodePx(input, read.file.codepage);
  return withWarning(parseText(again.text, again.codepage, strict, maxCells), again);
}

/**
 * The default cap on a PX file's cells: 1 000 000 plus 64 per input byte, at most 20 000 000
 * (a dense file needs at least two bytes a cell; only a KEYS file can claim more).
 *
 * @example
 * ```ts
 * defaultMaxCells(1_300); // 1_083_200
 * ```
 */
export function defaultMaxCells(inputBytes: number): number {
  return Math.min(20_000_000, 1_000_000 + 64 * inputBytes);
}
