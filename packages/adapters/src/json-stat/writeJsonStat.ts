import type { Observation } from "@opptrapping/core";
import { toJsonStat, type ToJsonStatOptions } from "./toJsonStat.js";

/**
 * Writes observations as JSON-stat 2.0 text: `toJsonStat`, serialised.
 *
 * @example
 * ```ts
 * import { writeJsonStat } from "@opptrapping/adapters/json-stat";
 * const text = writeJsonStat(observations, { label: "Ventetid (SYNTETISK)" });
 * ```
 */
export function writeJsonStat(observations: readonly Observation[], options?: ToJsonStatOptions): string {
  return JSON.stringify(toJsonStat(observations, options));
}
