export { fixedSchema, fromSourceSchema, mappingSchema, type Mapping, type MappingInput } from "./mappingSchema.js";
export { parseMapping } from "./parseMapping.js";
export { flagsForStatus, mapRow, mapRows, type SourceRow } from "./mapRows.js";
export { recogniseOrgUnit } from "./orgUnitCode.js";
export { parseTimeCode } from "./timeCode.js";
