import * as z from "zod";
import type { DeepReadonly } from "../deepReadonly.js";
import { isOrgUnitId } from "../orgunit/index.js";
import { idSchema, periodStringSchema, sourceRefSchema } from "./common.js";

/** Flags on an observation. `missing` and `suppressed` values carry `value: null`. */
export const observationFlagSchema = z.enum(["provisional", "suppressed", "missing", "synthetic"]);
/** A flag on an observation. */
export type ObservationFlag = DeepReadonly<z.infer<typeof observationFlagSchema>>;

const nonNegative = z.number().finite().nonnegative();

/**
 * Observation: one measured value of an indicator for a period, an org unit and a combination
 * of disaggregation values, with the numerator, denominator or count behind it where known so
 * that it aggregates correctly.
 */
export const observationSchema = z
  .strictObject({
    indicatorId: idSchema,
    period: periodStringSchema,
    /** Org unit id: `NO`, an RHF id, `hf-…`, a 2-digit county or a 4-digit municipality. */
    orgUnit: z.string().refine((v) => isOrgUnitId(v), {
      message: 'expected an org unit id: "NO", an RHF id (e.g. "rhf-vest"), "hf-…", a 2-digit county or a 4-digit municipality',
      params: { code: "invalid_org_unit" },
    }),
    /** Disaggregation values, e.g. `{ service: "PHBU" }`. */
    dimensions: z.record(idSchema, z.string().min(1)).default({}),
    value: z.number().finite().nullable(),
    numerator: nonNegative.optional(),
    denominator: nonNegative.optional(),
    /** The number of cases behind a mean (e.g. completed waits), or the count itself. */
    count: nonNegative.optional(),
    /** Lower bound of a confidence interval around `value` (survey estimates, R1, R7). */
    lower: z.number().finite().optional(),
    /** Upper bound of a confidence interval around `value`. */
    upper: z.number().finite().optional(),
    /** Confidence level of `lower`–`upper`, e.g. `0.95`. */
    level: z.number().gt(0).lt(1).optional(),
    /** Standard error of `value`, where the producer gives it instead of an interval. */
    standardError: nonNegative.optional(),
    flags: z.array(observationFlagSchema).default([]),
    source: sourceRefSchema.optional(),
    note: z.string().min(1).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.value === null && !o.flags.includes("missing") && !o.flags.includes("suppressed")) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: 'a null value needs the flag "missing" or "suppressed"',
        params: { code: "unflagged_null" },
      });
    }
    if ((o.lower === undefined) !== (o.upper === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [o.lower === undefined ? "lower" : "upper"],
        message: "a confidence interval needs both lower and upper",
        params: { code: "incomplete_interval" },
      });
    } else if (o.lower !== undefined && o.upper !== undefined && (o.lower > o.upper || (o.value !== null && (o.value < o.lower || o.value > o.upper)))) {
      ctx.addIssue({
        code: "custom",
        path: ["lower"],
        message: `the interval [${o.lower}, ${o.upper}] must be ordered and contain the value ${o.value}`,
        params: { code: "invalid_interval" },
      });
    }
    if (o.numerator !== undefined && o.denominator !== undefined && o.numerator > o.denominator) {
      ctx.addIssue({
        code: "custom",
        path: ["numerator"],
        message: `numerator ${o.numerator} exceeds denominator ${o.denominator}`,
        params: { code: "numerator_exceeds_denominator" },
      });
    }
  });
/** An observation. */
export type Observation = DeepReadonly<z.infer<typeof observationSchema>>;
/** An observation as accepted on input (defaults not yet applied). */
export type ObservationInput = z.input<typeof observationSchema>;
