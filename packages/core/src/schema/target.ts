import * as z from "zod";
import type { DeepReadonly } from "../deepReadonly.js";
import { idSchema, localizedTextSchema, periodStringSchema, sourcesSchema, yearSchema } from "./common.js";

/** When a target is due: a year, or `longRun` ("på sikt") when the plan names no year. */
export const deadlineSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("year"), year: yearSchema }),
  z.strictObject({ kind: z.literal("longRun") }),
]);
/** When a target is due. */
export type Deadline = DeepReadonly<z.infer<typeof deadlineSchema>>;

/** A value the indicator should have reached by an interim period on the way to the target. */
export const interimMilestoneSchema = z.strictObject({
  period: periodStringSchema,
  value: z.number().finite(),
  note: z.string().min(1).optional(),
});
/** An interim value on the way to a target. */
export type InterimMilestone = DeepReadonly<z.infer<typeof interimMilestoneSchema>>;

/** Preferred direction of an indicator or change. */
export const directionSchema = z.enum(["decrease", "increase"]);
/** `decrease` or `increase`. */
export type Direction = DeepReadonly<z.infer<typeof directionSchema>>;

/** Comparison operators of a threshold target. */
export const comparatorSchema = z.enum(["<", "<=", ">=", ">"]);
/** `<`, `<=`, `>=` or `>`. */
export type Comparator = DeepReadonly<z.infer<typeof comparatorSchema>>;

/**
 * The baseline (utgangsnivå) a target is measured from, as stated by its source: a period
 * (`baseline: "2023"`, whose value is read from the data) and/or a value (`baselineValue`).
 * Where the sources state neither, the plan's {@link baselinePolicySchema | baseline policy}
 * decides — never "the earliest point that happens to be loaded".
 */
const baselineFields = {
  /** The baseline period; its value is read from the series unless `baselineValue` gives it. */
  baseline: periodStringSchema.optional(),
  /** The baseline value as the source states it, in the indicator's unit. */
  baselineValue: z.number().finite().optional(),
};

/**
 * How a plan chooses a target's baseline when the target states none:
 * - `lastAtOrBefore`: the last observation whose period ends on or before the end of `period`
 *   (the default: the last observation at or before the plan's start year);
 * - `firstAtOrAfter`: the first observation whose period starts on or after the start of `period`.
 *
 * @example
 * ```ts
 * import { baselinePolicySchema } from "@opptrapping/core";
 * baselinePolicySchema.parse({ kind: "lastAtOrBefore", period: "2023" });
 * ```
 */
export const baselinePolicySchema = z.strictObject({
  kind: z.enum(["lastAtOrBefore", "firstAtOrAfter"]),
  period: periodStringSchema,
});
/** A plan-level baseline policy. */
export type BaselinePolicy = DeepReadonly<z.infer<typeof baselinePolicySchema>>;

const targetBase = {
  /** Stable id, unique across the plan, e.g. `R5.phbu`. */
  id: idSchema,
  /** The indicator the target judges. */
  indicatorId: idSchema,
  title: localizedTextSchema.optional(),
  /** The slice of the indicator the target is about, by disaggregation, e.g. `{ service: "PHBU" }`. */
  filter: z.record(idSchema, z.string().min(1)).optional(),
  /** The org unit the target is about; the nation (`NO`) when left out. */
  orgUnit: z.string().min(1).optional(),
  deadline: deadlineSchema,
  milestones: z.array(interimMilestoneSchema).optional(),
  sources: sourcesSchema,
};

/** `value comparator x`, e.g. R5: mean waiting time PHBU `<` 35 days. */
export const thresholdTargetSchema = z.strictObject({
  ...targetBase,
  kind: z.literal("threshold"),
  comparator: comparatorSchema,
  value: z.number().finite(),
  ...baselineFields,
});

/**
 * A relative change against a baseline period, as a fraction: R1 is `change: -0.25`
 * (reduced by 25 %). `baseline` is left out when the sources give none.
 */
export const relativeChangeTargetSchema = z.strictObject({
  ...targetBase,
  kind: z.literal("relativeChange"),
  change: z.number().finite().refine((v) => v !== 0, { message: "a relative change of 0 is not a target", params: { code: "zero_change" } }),
  ...baselineFields,
});

/** Lower or higher than at the baseline (R2, R7), with no stated size. */
export const directionTargetSchema = z.strictObject({
  ...targetBase,
  kind: z.literal("direction"),
  direction: directionSchema,
  ...baselineFields,
});

/** A share reaches full coverage (R3 all municipalities, R4 all clinics); `value` in the indicator's unit. */
export const coverageTargetSchema = z.strictObject({
  ...targetBase,
  kind: z.literal("coverage"),
  value: z.number().finite().positive(),
  ...baselineFields,
});

/** Never below the baseline (R6: no reduction of inpatient places). */
export const noDeclineTargetSchema = z.strictObject({
  ...targetBase,
  kind: z.literal("noDecline"),
  ...baselineFields,
});

/** An absolute increase over the baseline: about 430 more inpatient places by 2040. */
export const capacityTargetSchema = z.strictObject({
  ...targetBase,
  kind: z.literal("capacity"),
  increase: z.number().finite().positive(),
  ...baselineFields,
});

/**
 * The difference between the indicator and a reference indicator shrinks (R7: the gap in life
 * expectancy to the rest of the population). The gap is `|indicator − reference|`.
 */
export const gapTargetSchema = z.strictObject({
  ...targetBase,
  kind: z.literal("gap"),
  referenceIndicatorId: idSchema,
  ...baselineFields,
});

/**
 * Growth of the indicator exceeds growth of a reference (the RHF steering indicator 2026:
 * real cost growth in PHV and TSB above the demographic growth assumed in Prop. 1 S).
 * `basis: "growthRate"` when both series are growth rates already, `"level"` when growth is
 * to be computed from levels.
 */
export const growthExceedsTargetSchema = z.strictObject({
  ...targetBase,
  kind: z.literal("growthExceeds"),
  referenceIndicatorId: idSchema,
  basis: z.enum(["growthRate", "level"]),
});

/** Target (måltall): what an indicator must reach, by when. Discriminated by `kind`. */
export const targetSchema = z.discriminatedUnion("kind", [
  thresholdTargetSchema,
  relativeChangeTargetSchema,
  directionTargetSchema,
  coverageTargetSchema,
  noDeclineTargetSchema,
  capacityTargetSchema,
  gapTargetSchema,
  growthExceedsTargetSchema,
]);
/** Target (måltall), one of eight kinds. */
export type Target = DeepReadonly<z.infer<typeof targetSchema>>;
/** The kinds of target. */
export type TargetKind = Target["kind"];
/** The target of one kind. */
export type TargetOfKind<K extends TargetKind> = Extract<Target, { kind: K }>;
/** Every target kind, in a stable order. */
export const TARGET_KINDS = [
  "threshold",
  "relativeChange",
  "direction",
  "coverage",
  "noDecline",
  "capacity",
  "gap",
  "growthExceeds",
] as const satisfies readonly TargetKind[];
