import type { ObservationFlag } from "@opptrapping/core";
import { flagsForStatus } from "../mapping/mapRows.js";

/**
 * The status symbols `toJsonStat` writes, SSB's where SSB has one: `:` suppressed (not shown
 * for confidentiality), `..` missing, `p` provisional. A cell gets the first that applies, in
 * that order; `flagsForStatus` reads each back.
 *
 * @example
 * ```ts
 * import { jsonStatStatusSymbols } from "@opptrapping/adapters/json-stat";
 * jsonStatStatusSymbols.suppressed; // ":"
 * ```
 */
export const jsonStatStatusSymbols = Object.freeze({ suppressed: ":", missing: "..", provisional: "p" } as const);

/**
 * The status symbol for an observation's flags, or `undefined` when none applies.
 *
 * @example
 * ```ts
 * statusSymbolOf(["provisional", "suppressed"]); // ":"
 * ```
 */
export function statusSymbolOf(flags: readonly ObservationFlag[]): string | undefined {
  if (flags.includes("suppressed")) return jsonStatStatusSymbols.suppressed;
  if (flags.includes("missing")) return jsonStatStatusSymbols.missing;
  if (flags.includes("provisional")) return jsonStatStatusSymbols.provisional;
  return undefined;
}

/**
 * The flags reading a cell gives when nothing else is known: its status symbol's flags, plus
 * `missing` for a null value that is not suppressed — as `mapRow` does.
 *
 * @example
 * ```ts
 * flagsReadBack(undefined, true); // ["missing"]
 * ```
 */
export function flagsReadBack(symbol: string | undefined, isNull: boolean): ObservationFlag[] {
  const set = new Set(flagsForStatus(symbol));
  if (isNull && !set.has("suppressed")) set.add("missing");
  return [...set].sort();
}
