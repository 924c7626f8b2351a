import { orgUnitLevelOf } from "./orgUnitLevelOf.js";
import { ssbSpecialRegionOf } from "./ssbSpecialRegions.js";

/**
 * Whether a value is an org unit id of any level (see `classifyOrgUnitId` for the forms), or
 * one of SSB's special region codes (`K-21-22`, `K-23`, `K-Rest`), which real tables carry.
 *
 * @example
 * ```ts
 * import { isOrgUnitId } from "@opptrapping/core";
 * isOrgUnitId("46"); // true
 * isOrgUnitId("K-23"); // true (the continental shelf)
 * isOrgUnitId("Oslo"); // false
 * ```
 */
export function isOrgUnitId(value: unknown): boolean {
  return orgUnitLevelOf(value) !== undefined || ssbSpecialRegionOf(value) !== undefined;
}
