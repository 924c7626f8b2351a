import type { OrgUnitLevel } from "./levels.js";
import { OrgUnitError } from "./OrgUnitError.js";
import { SSB_RESIDUAL_REGIONS } from "./isOrgUnitId.js";
import { ACCEPTED_ORG_UNIT_IDS, orgUnitLevelOf, quoteId } from "./orgUnitLevelOf.js";
import { ssbSpecialRegionOf } from "./ssbSpecialRegions.js";

/**
 * The level of an org unit id, from its form: `"NO"` is the nation; `"rhf-sor-ost"`,
 * `"rhf-vest"`, `"rhf-midt-norge"` and `"rhf-nord"` the RHFs; `"hf-<slug>"` a health trust
 * (slug of lowercase ASCII letters and digits joined by single hyphens); two digits a county
 * (`"03"`, `"46"`; not `"00"`); four digits a municipality whose first two are its county
 * (`"0301"`). SSB's residual regions `ssb-21-22`, `ssb-23` and `ssb-rest` (see
 * `SSB_RESIDUAL_REGIONS`) are municipality-level: they complete a municipality table's total.
 *
 * SSB's raw special region codes (`K-21-22`, `K-23`, `K-Rest`) are not ids: they are refused
 * here with a message saying what they are and which id stands for them.
 *
 * @throws {OrgUnitError} `invalid_org_unit`, quoting the id and listing the accepted forms.
 * @example
 * ```ts
 * import { classifyOrgUnitId } from "@opptrapping/core";
 * classifyOrgUnitId("0301"); // "municipality"
 * classifyOrgUnitId("rhf-vest"); // "rhf"
 * ```
 */
export function classifyOrgUnitId(id: string): OrgUnitLevel {
  if ((SSB_RESIDUAL_REGIONS as readonly string[]).includes(id)) return "municipality";
  const level = orgUnitLevelOf(id);
  const special = level === undefined ? ssbSpecialRegionOf(id) : undefined;
  if (special !== undefined) {
    throw new OrgUnitError("invalid_org_unit", `${quoteId(id)} is SSB's special region code for ${special.name}; its org unit id is "${special.id}"`, id);
  }
  if (level === undefined) {
    throw new OrgUnitError("invalid_org_unit", `Invalid org unit id ${quoteId(id)}: expected ${ACCEPTED_ORG_UNIT_IDS}`, id);
  }
  return level;
}
