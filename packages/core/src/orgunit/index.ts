export { ALLOWED_PARENT_LEVELS, ORG_UNIT_LEVELS, orgUnitLevelSchema, type OrgUnitLevel } from "./levels.js";
export { RHFS, type RhfId } from "./rhfs.js";
export { OrgUnitError, type OrgUnitErrorCode } from "./OrgUnitError.js";
export { OrgHierarchyError } from "./OrgHierarchyError.js";
export { orgUnitIdSchema, orgUnitSchema, type OrgUnit } from "./orgUnitSchema.js";
export { classifyOrgUnitId } from "./classifyOrgUnitId.js";
export { isOrgUnitId } from "./isOrgUnitId.js";
export { countyOfMunicipality } from "./countyOfMunicipality.js";
export { createOrgHierarchy, type OrgHierarchy } from "./createOrgHierarchy.js";
export { SSB_SPECIAL_REGIONS, ssbSpecialRegionOf, type SsbSpecialRegionCode } from "./ssbSpecialRegions.js";
export {
  createOrgUnitRegister,
  type OrgUnitChange,
  type OrgUnitRegister,
  type OrgUnitSuccessors,
  type OrgUnitVersion,
} from "./createOrgUnitRegister.js";
