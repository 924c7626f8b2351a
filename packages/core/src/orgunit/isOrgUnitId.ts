import { orgUnitLevelOf } from "./orgUnitLevelOf.js";

// SSB's residual regions in municipality tables, counted in the national total but in no
// municipality: K-21-22 (Svalbard og Jan Mayen), K-23 (Kontinentalsokkelen), K-Rest (delte
// kommuner og uoppgitt), as the adapters normalise them. A narrow allowance so SSB municipality
// tables read whole; they are municipality-level (see classifyOrgUnitId and docs/adapters.md).
export const SSB_RESIDUAL_REGIONS = Object.freeze(["ssb-21-22", "ssb-23", "ssb-rest"] as const);

/**
 * Whether a value is an org unit id of any level (see `classifyOrgUnitId` for the forms), SSB's
 * residual regions (`ssb-21-22`, `ssb-23`, `ssb-rest`) included.
 *
 * @example
 * ```ts
 * import { isOrgUnitId } from "@opptrapping/core";
 * isOrgUnitId("46"); // true
 * isOrgUnitId("ssb-23"); // true (the continental shelf, as the adapters write SSB's K-23)
 * isOrgUnitId("Oslo"); // false
 * ```
 */
export function isOrgUnitId(value: unknown): boolean {
  return orgUnitLevelOf(value) !== undefined || (SSB_RESIDUAL_REGIONS as readonly unknown[]).includes(value);
}
