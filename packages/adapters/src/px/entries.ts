import { AdapterError } from "../AdapterError.js";
import type { PxEntry, PxValue } from "./types.js";

/** Finds keyword entries by keyword, subkeys and language (the default language when none). */
export interface EntryLookup {
  get(keyword: string, subkeys?: readonly string[], language?: string): PxEntry | undefined;
  all(keyword: string): readonly PxEntry[];
}

// Keywords that shape the cube: a second one with the same subkeys would leave it ambiguous.
const SINGLE = new Set(["STUB", "HEADING", "VALUES", "CODES", "KEYS", "TIMEVAL", "DECIMALS", "CODEPAGE", "LANGUAGE", "VARIABLECODE"]);
const keyOf = (keyword: string, subkeys: readonly string[], language: string) => `${keyword}\u0001${language}\u0001${subkeys.join("\u0000")}`;

/**
 * Indexes entries for lookup; entries in the declared default language (`VALUES[no]` when
 * `LANGUAGE="no"`) count as default. A second STUB, HEADING, VALUES, CODES, KEYS, TIMEVAL,
 * DECIMALS, CODEPAGE, LANGUAGE or VARIABLECODE for the same subkeys is `duplicate_keyword`.
 *
 * @example
 * ```ts
 * indexEntries(scanEntries(text, lineIndex(text)).entries, "no").get("VALUES", ["region"]);
 * ```
 */
export function indexEntries(entries: readonly PxEntry[], defaultLanguage: string | undefined): EntryLookup {
  const byKey = new Map<string, PxEntry>();
  const byKeyword = new Map<string, PxEntry[]>();
  for (const e of entries) {
    const language = e.language === undefined || e.language === defaultLanguage ? "" : e.language;
    const key = keyOf(e.keyword, e.subkeys, language);
    if (byKey.has(key)) {
      if (SINGLE.has(e.keyword))
        throw new AdapterError("duplicate_keyword", `${e.keyword}${e.subkeys.length ? `(${e.subkeys.map((s) => `"${s}"`).join(",")})` : ""} is given twice`, { line: e.line, column: e.column });
    } else byKey.set(key, e);
    const list = byKeyword.get(e.keyword);
    if (list) list.push(e);
    else byKeyword.set(e.keyword, [e]);
  }
  return {
    get: (keyword, subkeys = [], language = "") => byKey.get(keyOf(keyword, subkeys, language === defaultLanguage ? "" : language)),
    all: (keyword) => byKeyword.get(keyword) ?? [],
  };
}

/**
 * A keyword value as a list of strings: a text is one item, a TLIST its periods.
 *
 * @example
 * ```ts
 * listOf({ kind: "text", text: "region" }); // ["region"]
 * ```
 */
export function listOf(value: PxValue): readonly string[] {
  switch (value.kind) {
    case "text":
      return [value.text];
    case "word":
      return [value.word];
    case "list":
      return value.items;
    case "tlist":
      return value.periods;
  }
}

/**
 * A keyword value as one string (list items joined by commas).
 *
 * @example
 * ```ts
 * textOf({ kind: "word", word: "CODES" }); // "CODES"
 * ```
 */
export function textOf(value: PxValue): string {
  return listOf(value).join(",");
}
