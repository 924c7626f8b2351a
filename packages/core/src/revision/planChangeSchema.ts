import * as z from "zod";
import type { DeepReadonly } from "../deepReadonly.js";
import { idSchema, moneySchema, periodStringSchema, sourcesSchema } from "../schema/common.js";
import {
  allocationSchema,
  measureSchema,
  measureStateSchema,
  milestoneSchema,
  revisionInfoSchema,
} from "../schema/plan.js";
import { targetSchema } from "../schema/target.js";

/** What every change carries: why it is made (`sources`) and an optional note in our words. */
const why = {
  note: z.string().min(1).optional(),
  sources: sourcesSchema,
};

/** Phase a measure out (utfasing): appends a `phasedOut` lifecycle event. */
const phaseOutMeasureChangeSchema = z.strictObject({
  kind: z.literal("phaseOutMeasure"),
  measureId: idSchema,
  date: periodStringSchema.optional(),
  ...why,
});

/** Move a measure to a lifecycle state: appends a lifecycle event. */
const setMeasureStateChangeSchema = z.strictObject({
  kind: z.literal("setMeasureState"),
  measureId: idSchema,
  state: measureStateSchema,
  date: periodStringSchema.optional(),
  ...why,
});

/** Phase a measure in (innfasing): adds a whole new measure. */
const addMeasureChangeSchema = z.strictObject({ kind: z.literal("addMeasure"), measure: measureSchema, ...why });

/** Replace a target (måltall) by a new one with the same id; kind, values and deadline may change. */
const changeTargetChangeSchema = z.strictObject({
  kind: z.literal("changeTarget"),
  targetId: idSchema,
  target: targetSchema,
  ...why,
});

/** Add a target to a result goal. */
const addTargetChangeSchema = z.strictObject({
  kind: z.literal("addTarget"),
  goalId: idSchema,
  target: targetSchema,
  ...why,
});

/** Remove a target from whichever result goal holds it. */
const removeTargetChangeSchema = z.strictObject({ kind: z.literal("removeTarget"), targetId: idSchema, ...why });

/** Add an allocation (bevilgning), e.g. from a new budget year. */
const addAllocationChangeSchema = z.strictObject({
  kind: z.literal("addAllocation"),
  allocation: allocationSchema,
  ...why,
});

/** Remove an allocation. */
const removeAllocationChangeSchema = z.strictObject({
  kind: z.literal("removeAllocation"),
  allocationId: idSchema,
  ...why,
});

/** Add a milestone. */
const addMilestoneChangeSchema = z.strictObject({
  kind: z.literal("addMilestone"),
  milestone: milestoneSchema,
  ...why,
});

/**
 * Set a milestone's status. A status other than `delivered` drops the delivery date; `delivered`
 * without `deliveredOn` keeps the date the milestone had, if any.
 */
const setMilestoneStatusChangeSchema = z.strictObject({
  kind: z.literal("setMilestoneStatus"),
  milestoneId: idSchema,
  status: milestoneSchema.shape.status,
  deliveredOn: periodStringSchema.optional(),
  ...why,
});

/** Report a cumulative amount towards the money commitment: appends to `commitment.reported`. */
const reportCommitmentChangeSchema = z.strictObject({
  kind: z.literal("reportCommitment"),
  asOf: periodStringSchema,
  cumulative: moneySchema,
  claimedOnTrack: z.boolean().optional(),
  ...why,
});

/**
 * Set the plan's revision info. Its `note` becomes the revision note; `sources` are optional
 * here, since a new version number is bookkeeping rather than a fact about the plan.
 */
const setRevisionChangeSchema = z.strictObject({
  kind: z.literal("setRevision"),
  ...revisionInfoSchema.shape,
  sources: sourcesSchema.optional(),
});

/**
 * A change to the plan (planendring), discriminated by `kind`. Parse changes read from JSON
 * with it; {@link applyChanges} parses every change it is given again.
 *
 * @example
 * ```ts
 * import { planChangeSchema } from "@opptrapping/core";
 * const change = planChangeSchema.parse({
 *   kind: "phaseOutMeasure",
 *   measureId: "M.pilot",
 *   date: "2026",
 *   sources: [{ doc: "S.budget2026", section: "kap. 765" }],
 * });
 * ```
 */
export const planChangeSchema = z.discriminatedUnion("kind", [
  phaseOutMeasureChangeSchema,
  setMeasureStateChangeSchema,
  addMeasureChangeSchema,
  changeTargetChangeSchema,
  addTargetChangeSchema,
  removeTargetChangeSchema,
  addAllocationChangeSchema,
  removeAllocationChangeSchema,
  addMilestoneChangeSchema,
  setMilestoneStatusChangeSchema,
  reportCommitmentChangeSchema,
  setRevisionChangeSchema,
]);

/**
 * A change to the plan as written by a caller or read from JSON (amounts as strings, numbers
 * or Decimals). Every change but `setRevision` cites the `sources` it is made on.
 *
 * @example
 * ```ts
 * import type { PlanChange } from "@opptrapping/core";
 * const changes: PlanChange[] = [
 *   { kind: "setMeasureState", measureId: "M.grant", state: "delivered", date: "2026", sources: [{ doc: "S.letter2026" }] },
 *   { kind: "removeAllocation", allocationId: "AL.oneOff2025", sources: [{ doc: "S.budget2026" }] },
 * ];
 * ```
 */
export type PlanChange = DeepReadonly<z.input<typeof planChangeSchema>>;
/**
 * The kinds of change.
 *
 * @example
 * ```ts
 * import type { PlanChangeKind } from "@opptrapping/core";
 * const kind: PlanChangeKind = "phaseOutMeasure";
 * ```
 */
export type PlanChangeKind = PlanChange["kind"];
/**
 * The change of one kind.
 *
 * @example
 * ```ts
 * import type { PlanChangeOfKind } from "@opptrapping/core";
 * const removal: PlanChangeOfKind<"removeTarget"> = { kind: "removeTarget", targetId: "R1.wait", sources: [{ doc: "S.letter" }] };
 * ```
 */
export type PlanChangeOfKind<K extends PlanChangeKind> = Extract<PlanChange, { kind: K }>;
/** A change after parsing: defaults filled in, amounts exact Decimals. */
export type ParsedPlanChange = z.output<typeof planChangeSchema>;

/**
 * Every change kind, in a stable order.
 *
 * @example
 * ```ts
 * import { PLAN_CHANGE_KINDS } from "@opptrapping/core";
 * PLAN_CHANGE_KINDS.includes("addMeasure"); // true
 * ```
 */
export const PLAN_CHANGE_KINDS = [
  "phaseOutMeasure",
  "setMeasureState",
  "addMeasure",
  "changeTarget",
  "addTarget",
  "removeTarget",
  "addAllocation",
  "removeAllocation",
  "addMilestone",
  "setMilestoneStatus",
  "reportCommitment",
  "setRevision",
] as const satisfies readonly PlanChangeKind[];
