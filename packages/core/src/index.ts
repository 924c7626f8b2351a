/**
 * @packageDocumentation
 * The domain model of Norway's escalation plan for mental health 2023–2033
 * (Opptrappingsplan for psykisk helse): zod schemas with inferred types, `parsePlan`,
 * periods, money, org units, queries and revisions.
 */
export { OpptrappingError, formatPath, type Issue } from "./errors.js";
export { deepFreeze, type DeepReadonly } from "./deepReadonly.js";

export * from "./period/index.js";
export * from "./money/index.js";
export * from "./orgunit/index.js";

export * from "./schema/common.js";
export * from "./schema/target.js";
export * from "./schema/plan.js";
export * from "./schema/observation.js";
export * from "./schema/series.js";

export type { Plan, PlanData, PlanInput } from "./plan/types.js";
export { PlanValidationError } from "./plan/PlanValidationError.js";
export { parsePlan, safeParsePlan, type SafeParsePlanResult } from "./plan/parsePlan.js";
export * from "./query/index.js";
export * from "./revision/index.js";
