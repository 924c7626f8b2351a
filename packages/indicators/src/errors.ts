import { OpptrappingError } from "@opptrapping/core";

/**
 * Thrown when observations given to an assessment are structurally wrong: duplicates,
 * unknown indicators, values impossible in the indicator's unit. The message says which
 * observation and why; `path` points into the observations array when known.
 *
 * @example
 * ```ts
 * import { AssessmentInputError, assess } from "@opptrapping/indicators";
 * try { assess(target, observations, { asOf: "2026-01-31", plan }); }
 * catch (e) { if (e instanceof AssessmentInputError) console.error(e.code, e.message); }
 * ```
 */
export class AssessmentInputError extends OpptrappingError {}
