import { AdapterError } from "../AdapterError.js";
import { listOf, textOf, type EntryLookup } from "./entries.js";
import type { PxAttributes, PxVariable } from "./types.js";

/**
 * KEYS of a sparse file: one `KEYS("var")=CODES|VALUES` per STUB variable, or `undefined`
 * for a dense file. Anything else is `invalid_keys`.
 *
 * @example
 * ```ts
 * readKeys(lookup, variables); // { region: "CODES", kjønn: "VALUES" }
 * ```
 */
export function readKeys(lookup: EntryLookup, variables: readonly PxVariable[]): Record<string, "CODES" | "VALUES"> | undefined {
  const entries = lookup.all("KEYS");
  if (entries.length === 0) return undefined;
  const keys: Record<string, "CODES" | "VALUES"> = Object.create(null) as Record<string, "CODES" | "VALUES">;
  for (const e of entries) {
    const name = e.subkeys[0];
    const kind = textOf(e.value).trim().toUpperCase();
    const at = { line: e.line, column: e.column, ...(name !== undefined ? { dimension: name } : {}) };
    if (name === undefined || e.subkeys.length !== 1) throw new AdapterError("invalid_keys", 'KEYS takes one variable: KEYS("region")=CODES;', at);
    if (!variables.some((v) => v.name === name && v.placement === "stub")) throw new AdapterError("invalid_keys", `KEYS("${name}") names no STUB variable; only STUB variables are keys`, at);
    if (kind !== "CODES" && kind !== "VALUES") throw new AdapterError("invalid_keys", `KEYS("${name}") must be CODES or VALUES, not ${textOf(e.value)}`, at);
    keys[name] = kind;
  }
  const first = entries[0]!;
  for (const v of variables)
    if (v.placement === "stub" && !Object.hasOwn(keys, v.name))
      throw new AdapterError("invalid_keys", `a KEYS file needs KEYS for every STUB variable; "${v.name}" has none`, { line: first.line, column: first.column, dimension: v.name });
  return keys;
}

/**
 * ATTRIBUTE-ID and ATTRIBUTES (default language): attribute ids, the default attributes
 * and those of single cells; `undefined` when the file has no ATTRIBUTE-ID.
 *
 * @example
 * ```ts
 * readAttributes(lookup, undefined)?.cells.get(["0301", "2024"].join("\u0000")); // ["P"]
 * ```
 */
export function readAttributes(lookup: EntryLookup, language: string | undefined): PxAttributes | undefined {
  const id = lookup.get("ATTRIBUTE-ID");
  if (!id) return undefined;
  const cells = new Map<string, readonly string[]>();
  let defaults: readonly string[] | undefined;
  for (const e of lookup.all("ATTRIBUTES")) {
    if (e.language !== undefined && e.language !== language) continue;
    if (e.subkeys.length === 0) defaults ??= listOf(e.value);
    else if (!cells.has(e.subkeys.join("\u0000"))) cells.set(e.subkeys.join("\u0000"), listOf(e.value));
  }
  return { ids: listOf(id.value), ...(defaults ? { defaults } : {}), cells };
}

/**
 * DATASYMBOL1–6: how one to six dots are presented, e.g. `{ "....": ":" }`.
 *
 * @example
 * ```ts
 * readDataSymbols(lookup); // { "..": "..", "....": ":" }
 * ```
 */
export function readDataSymbols(lookup: EntryLookup): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (let n = 1; n <= 6; n++) {
    const e = lookup.get(`DATASYMBOL${n}`);
    if (e) out[".".repeat(n)] = textOf(e.value);
  }
  return out;
}

/**
 * DECIMALS as an integer 0–15; `undefined` when absent, `invalid_decimals` when malformed.
 *
 * @example
 * ```ts
 * readDecimals(lookup); // 1
 * ```
 */
export function readDecimals(lookup: EntryLookup): number | undefined {
  const e = lookup.get("DECIMALS");
  if (!e) return undefined;
  const text = textOf(e.value).trim();
  if (!/^\d{1,2}$/.test(text) || Number(text) > 15) throw new AdapterError("invalid_decimals", `DECIMALS must be a whole number from 0 to 15, not ${JSON.stringify(text)}`, { line: e.line, column: e.column });
  return Number(text);
}
