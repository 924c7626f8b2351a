import { deepFreeze } from "../deepReadonly.js";
import type { Issue } from "../errors.js";
import { planSchema } from "../schema/plan.js";
import { checkPlan } from "./checkPlan.js";
import { PlanValidationError } from "./PlanValidationError.js";
import { salvage } from "./salvage.js";
import type { Plan } from "./types.js";
import { fromZodIssues } from "./zodIssues.js";

/** The result of {@link safeParsePlan}. */
export type SafeParsePlanResult =
  | { readonly success: true; readonly plan: Plan }
  | { readonly success: false; readonly error: PlanValidationError };

/**
 * Validates plan data and returns an immutable, deeply frozen {@link Plan}, or throws a
 * {@link PlanValidationError} listing every problem: schema errors, duplicate ids, dangling
 * references, periods outside the plan period, bad money and lifecycles out of order.
 *
 * @example
 * ```ts
 * import { parsePlan } from "@opptrapping/core";
 * const plan = parsePlan(JSON.parse(planJson));
 * plan.resultGoals.map((g) => g.id); // ["R1", …]
 * ```
 */
export function parsePlan(data: unknown): Plan {
  const result = safeParsePlan(data);
  if (!result.success) throw result.error;
  return result.plan;
}

/**
 * Like {@link parsePlan}, but returns the error instead of throwing it.
 *
 * @example
 * ```ts
 * import { safeParsePlan } from "@opptrapping/core";
 * const result = safeParsePlan(data);
 * if (!result.success) console.error(result.error.issues);
 * ```
 */
export function safeParsePlan(data: unknown): SafeParsePlanResult {
  const parsed = planSchema.safeParse(data);
  let issues: Issue[];
  if (!parsed.success) {
    // Report the schema's issues and, on the entities that pass alone, the cross-reference ones.
    const salvaged = salvage(data);
    const crossRef = salvaged ? checkPlan(salvaged.plan, salvaged.rawIds) : [];
    issues = sortIssues([...fromZodIssues(parsed.error.issues), ...crossRef]);
  } else {
    issues = sortIssues(checkPlan(parsed.data));
    if (issues.length === 0) return { success: true, plan: deepFreeze(parsed.data) as Plan };
  }
  return { success: false, error: new PlanValidationError(issues) };
}

function sortIssues(issues: Issue[]): Issue[] {
  const key = (i: Issue) => i.path.map((p) => (typeof p === "number" ? String(p).padStart(6, "0") : p)).join("\u0000");
  return issues.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
