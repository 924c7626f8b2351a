import { OpptrappingError } from "../errors.js";

/**
 * What went wrong with an org unit id: it has none of the accepted forms
 * (`invalid_org_unit`), or a hierarchy has no unit with it (`unknown_org_unit`).
 *
 * @example
 * ```ts
 * import type { OrgUnitErrorCode } from "@opptrapping/core";
 * const code: OrgUnitErrorCode = "unknown_org_unit";
 * ```
 */
export type OrgUnitErrorCode = "invalid_org_unit" | "unknown_org_unit";

/**
 * Thrown for a malformed org unit id, or a lookup of an id a hierarchy does not have.
 *
 * @example
 * ```ts
 * import { OrgUnitError, classifyOrgUnitId } from "@opptrapping/core";
 * try {
 *   classifyOrgUnitId("Oslo");
 * } catch (error) {
 *   if (error instanceof OrgUnitError) console.error(error.code, error.id); // "invalid_org_unit" "Oslo"
 * }
 * ```
 */
export class OrgUnitError extends OpptrappingError {
  declare readonly code: OrgUnitErrorCode;
  /** The id that was rejected or not found, as given. */
  readonly id: unknown;

  constructor(code: OrgUnitErrorCode, message: string, id: unknown) {
    super(code, message);
    this.id = id;
  }
}
