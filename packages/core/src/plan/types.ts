import type { z } from "zod";
import type { DeepReadonly } from "../deepReadonly.js";
import type { planSchema } from "../schema/plan.js";

/**
 * The plan (opptrappingsplan): an immutable, validated value. Every cross-reference in it
 * resolves. Get one from {@link parsePlan}; never build one by hand.
 */
export type Plan = DeepReadonly<z.output<typeof planSchema>> & { readonly [planBrand]: true };
/** Plain data accepted by {@link parsePlan} (JSON, or objects with Decimal amounts). */
export type PlanInput = z.input<typeof planSchema>;
/** The plan's data before the brand: what a change set edits. */
export type PlanData = DeepReadonly<z.output<typeof planSchema>>;

declare const planBrand: unique symbol;
