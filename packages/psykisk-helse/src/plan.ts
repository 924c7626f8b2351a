import { deepFreeze, type Observation, type Plan } from "@opptrapping/core";
import { checkedObservations, checkedPlan } from "./checkedData.js";

let cachedPlan: Plan | undefined;
let cachedObservations: readonly Observation[] | undefined;

/**
 * The bundled plan: an immutable, deeply frozen `Plan` whose every reference resolves. It is
 * validated by core's `parsePlan` when the package is built, not in your app: what ships is
 * the checked result (checkedData.ts), so calling this costs no validation and pulls no zod
 * into a browser bundle. The package's tests re-validate `planData` and compare. To validate
 * at runtime anyway, call `parsePlan(planData)`.
 *
 * @example
 * ```ts
 * import { plan } from "@opptrapping/psykisk-helse";
 * const p = plan();
 * p.resultGoals.map((g) => g.id); // ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"]
 * ```
 */
export function plan(): Plan {
  // The cast adds only the brand: checkedPlan is what parsePlan returned (see checkedData.test.ts).
  cachedPlan ??= deepFreeze(checkedPlan) as Plan;
  return cachedPlan;
}

/**
 * The bundled observations, frozen; each was validated by core's `observationSchema` when the
 * package was built (the tests re-validate `observationData` and compare).
 *
 * @example
 * ```ts
 * import { observations } from "@opptrapping/psykisk-helse";
 * observations().find((o) => o.dimensions["service"] === "PHBU")?.value; // 37.5
 * ```
 */
export function observations(): readonly Observation[] {
  cachedObservations ??= deepFreeze(checkedObservations);
  return cachedObservations;
}
