import { OrgUnitError } from "./OrgUnitError.js";
import { orgUnitLevelOf, quoteId } from "./orgUnitLevelOf.js";

/**
 * The county (fylke) number of a municipality: its first two digits.
 *
 * @throws {OrgUnitError} `invalid_org_unit` unless the id is a 4-digit municipality number.
 * @example
 * ```ts
 * import { countyOfMunicipality } from "@opptrapping/core";
 * countyOfMunicipality("0301"); // "03"
 * ```
 */
export function countyOfMunicipality(municipality: string): string {
  if (orgUnitLevelOf(municipality) !== "municipality") {
    throw new OrgUnitError(
      "invalid_org_unit",
      `Invalid municipality number ${quoteId(municipality)}: expected 4 digits, the first two its county ("0301")`,
      municipality,
    );
  }
  return municipality.slice(0, 2);
}
