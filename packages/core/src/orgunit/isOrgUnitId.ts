import { orgUnitLevelOf } from "./orgUnitLevelOf.js";

/**
 * Whether a value is an org unit id of any level (see `classifyOrgUnitId` for the forms).
 *
 * @example
 * ```ts
 * import { isOrgUnitId } from "@opptrapping/core";
 * isOrgUnitId("46"); // true
 * isOrgUnitId("Oslo"); // false
 * ```
 */
export function isOrgUnitId(value: unknown): boolean {
  return orgUnitLevelOf(value) !== undefined;
}
