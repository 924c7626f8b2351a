import { AdapterError } from "../AdapterError.js";
import { buildData } from "./buildData.js";
import { buildTranslations, buildVariables } from "./buildVariables.js";
import { decodePx, normaliseCodepage } from "./decodePx.js";
import { indexEntries, listOf, textOf } from "./entries.js";
import { readAttributes, readDataSymbols, readDecimals, readKeys } from "./fileMeta.js";
import { lineIndex, positionAt } from "./lineIndex.js";
import { scanData } from "./scanData.js";
import { scanEntries } from "./scanEntries.js";
import type { PxFile } from "./types.js";

/** A parsed file and, when read leniently, the cells that were neither numbers nor symbols. */
export interface ReadPx {
  readonly file: PxFile;
  readonly issues: readonly AdapterError[];
}

function parseText(text: string, codepage: string, strict: boolean): ReadPx {
  const lines = lineIndex(text);
  const { entries, dataStart } = scanEntries(text, lines);
  const languageEntry = entries.find((e) => e.keyword === "LANGUAGE" && e.subkeys.length === 0 && e.language === undefined);
  const language = languageEntry ? textOf(languageEntry.value) : undefined;
  const lookup = indexEntries(entries, language);
  if (dataStart === undefined) throw new AdapterError("missing_data", "the file has no DATA keyword (it must come last, followed by the cells)", positionAt(lines, text.length));
  const shape = buildVariables(lookup);
  const keys = readKeys(lookup, shape.variables);
  const tokens = scanData(text, dataStart, lines);
  const { data, issues } = buildData(tokens, shape.variables, { lines, dataAt: dataStart, strict, ...(keys ? { keys } : {}) });
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
  return { file, issues };
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
export function readPx(input: string | Uint8Array, strict: boolean): ReadPx {
  const decoded = decodePx(input);
  const read = parseText(decoded.text, decoded.codepage, strict);
  if (typeof input === "string" || read.file.codepage === decoded.codepage) return read;
  const again = decodePx(input, read.file.codepage);
  return parseText(again.text, again.codepage, strict);
}
