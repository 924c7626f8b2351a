import type { z } from "zod";
import { Decimal } from "../money/index.js";
import type { PlanData } from "../plan/types.js";
import type { planSchema } from "../schema/plan.js";

/** The plan's data, mutable: the draft a batch of changes edits. */
export type PlanDraft = z.output<typeof planSchema>;

/**
 * A structural copy of the plan's data: fresh plain objects and arrays that the changes may
 * edit, leaving the (frozen) plan alone. Decimals are shared; they are immutable.
 */
export function cloneData(plan: PlanData): PlanDraft {
  return copy(plan) as PlanDraft;
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value === null || typeof value !== "object" || Decimal.isDecimal(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
}
