import { deepFreeze, observationSchema, parsePlan, type Observation, type Plan } from "@opptrapping/core";
import { observationData } from "./observations.js";
import { planData } from "./planData.js";

let cachedPlan: Plan | undefined;
let cachedObservations: readonly Observation[] | undefined;

/**
 * The bundled plan, validated by core's `parsePlan` on the first call and cached: an
 * immutable, deeply frozen `Plan` whose every reference resolves.
 *
 * @throws {PlanValidationError} if the bundled data were invalid (the tests make sure it is not).
 * @example
 * ```ts
 * import { plan } from "@opptrapping/psykisk-helse";
 * const p = plan();
 * p.resultGoals.map((g) => g.id); // ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"]
 * ```
 */
export function plan(): Plan {
  cachedPlan ??= parsePlan(planData);
  return cachedPlan;
}

/**
 * The bundled observations, each validated by core's `observationSchema` on the first call
 * and cached, frozen.
 *
 * @example
 * ```ts
 * import { observations } from "@opptrapping/psykisk-helse";
 * observations().find((o) => o.dimensions["service"] === "PHBU")?.value; // 37.5
 * ```
 */
export function observations(): readonly Observation[] {
  cachedObservations ??= deepFreeze(observationData.map((o) => observationSchema.parse(o)));
  return cachedObservations;
}
