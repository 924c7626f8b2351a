export { TIME_UNITS, fixedSchema, fromSourceSchema, markerMeaningSchema, mappingSchema, periodSpecSchema, type Mapping, type MappingInput, type TimeUnit } from "./mappingSchema.js";
export { parseMapping } from "./parseMapping.js";
export { flagsForStatus, mapRow, mapRows, type SourceRow } from "./mapRows.js";
export { recogniseOrgUnit } from "./orgUnitCode.js";
export { parseTimeCode, timeCodeProblem } from "./timeCode.js";
