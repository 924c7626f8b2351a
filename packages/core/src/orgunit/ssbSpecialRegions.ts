import { deepFreeze } from "../deepReadonly.js";

/**
 * SSB's special region codes (spesielle regionkoder) as they appear in real StatBank tables
 * next to municipality codes — not municipalities, not errors: `K-21-22` Svalbard og Jan
 * Mayen, `K-23` Kontinentalsokkelen (the continental shelf), `K-Rest` Delte kommuner og
 * uoppgitt (split municipalities and unallocated). Codes and names as in SSB table 07459
 * (json-stat2, 2022). `id` is the org unit id the adapters write for each (`ssb-21-22`, `ssb-23`,
 * `ssb-rest`): municipality-level, as they complete a municipality table's national total.
 *
 * @example
 * ```ts
 * import { SSB_SPECIAL_REGIONS } from "@opptrapping/core";
 * SSB_SPECIAL_REGIONS.map((r) => r.code); // ["K-21-22", "K-23", "K-Rest"]
 * ```
 */
export const SSB_SPECIAL_REGIONS = deepFreeze([
  { code: "K-21-22", id: "ssb-21-22", name: "Svalbard og Jan Mayen" },
  { code: "K-23", id: "ssb-23", name: "Kontinentalsokkelen" },
  { code: "K-Rest", id: "ssb-rest", name: "Delte kommuner og uoppgitt" },
] as const satisfies readonly { readonly code: string; readonly id: string; readonly name: string }[]);

/**
 * One of SSB's special region codes.
 *
 * @example
 * ```ts
 * import type { SsbSpecialRegionCode } from "@opptrapping/core";
 * const shelf: SsbSpecialRegionCode = "K-23";
 * ```
 */
export type SsbSpecialRegionCode = (typeof SSB_SPECIAL_REGIONS)[number]["code"];

/**
 * The special region a code is, or `undefined`: `K-21-22`, `K-23` and `K-Rest`, also in the
 * `K.` form of SSB's grouping files (`K.Rest`), and the org unit ids the adapters write for
 * them (`ssb-21-22`, `ssb-23`, `ssb-rest`).
 *
 * @example
 * ```ts
 * import { ssbSpecialRegionOf } from "@opptrapping/core";
 * ssbSpecialRegionOf("K-Rest")?.name; // "Delte kommuner og uoppgitt"
 * ssbSpecialRegionOf("0301"); // undefined
 * ```
 */
export function ssbSpecialRegionOf(code: unknown): (typeof SSB_SPECIAL_REGIONS)[number] | undefined {
  if (typeof code !== "string") return undefined;
  if (code.startsWith("ssb-")) return SSB_SPECIAL_REGIONS.find((r) => r.id === code);
  if (!code.startsWith("K")) return undefined;
  const canonical = code.replace(/^K\./, "K-");
  return SSB_SPECIAL_REGIONS.find((r) => r.code === canonical);
}
