import * as z from "zod";
import type { DeepReadonly } from "../deepReadonly.js";
import { comparePeriods, safeParsePeriod } from "../period/index.js";
import { idSchema, localizedTextSchema, periodStringSchema, sourceRefSchema, sourcesSchema } from "./common.js";

/**
 * A break in a series (brudd i tidsserien): from `period` on, the figures are not comparable
 * with those before it (a changed definition, a new data system, more units counted). Goal
 * logic should treat the first period after a break as a new baseline, not as part of a trend.
 *
 * @example
 * ```ts
 * import { seriesBreakSchema } from "@opptrapping/core";
 * seriesBreakSchema.parse({ period: "2022", note: "More treatment sites counted", source: { doc: "HDIR" } }).period; // "2022"
 * ```
 */
export const seriesBreakSchema = z.strictObject({
  /** The first period measured the new way. */
  period: periodStringSchema,
  /** What changed, in our own words. */
  note: z.string().min(1),
  /** Where the change is stated. */
  source: sourceRefSchema,
});
/**
 * A break in a series.
 *
 * @example
 * ```ts
 * import type { SeriesBreak } from "@opptrapping/core";
 * const b: SeriesBreak = { period: "2022", note: "More treatment sites counted", source: { doc: "HDIR" } };
 * ```
 */
export type SeriesBreak = DeepReadonly<z.infer<typeof seriesBreakSchema>>;

/**
 * How often a series has a figure: the period kind of its observations.
 *
 * @example
 * ```ts
 * import { seriesFrequencySchema } from "@opptrapping/core";
 * seriesFrequencySchema.options.includes("tertial"); // true
 * ```
 */
export const seriesFrequencySchema = z.enum(["year", "halfYear", "tertial", "quarter", "month", "schoolYear", "irregular"]);
/**
 * How often a series has a figure.
 *
 * @example
 * ```ts
 * import type { SeriesFrequency } from "@opptrapping/core";
 * const f: SeriesFrequency = "year";
 * ```
 */
export type SeriesFrequency = DeepReadonly<z.infer<typeof seriesFrequencySchema>>;

/**
 * What one published series of an indicator measures, exactly: the slice of the indicator it
 * fills (`filter`, the disaggregation values its observations carry), who produces it, how often,
 * and where it breaks. An indicator can have several series (one per service, say), and
 * observations belong to the series whose filter equals their dimensions.
 *
 * @example
 * ```ts
 * import { seriesDefinitionSchema } from "@opptrapping/core";
 * const s = seriesDefinitionSchema.parse({
 *   id: "R5.wait.TSB.year", filter: { service: "TSB" }, measures: { nb: "Gjennomsnittlig ventetid per år" },
 *   frequency: "year", producer: "Helsedirektoratet", sources: [{ doc: "HDIR" }],
 * });
 * s.breaks; // []
 * ```
 */
export const seriesDefinitionSchema = z
  .strictObject({
    id: idSchema,
    /** Disaggregation values of the slice, e.g. `{ service: "PHBU" }`; empty for the whole indicator. */
    filter: z.record(idSchema, z.string().min(1)).default({}),
    /** What the figures measure, precisely enough to tell it from a near neighbour. */
    measures: localizedTextSchema,
    frequency: seriesFrequencySchema,
    /** The body that produces the statistic (not whoever republished it). */
    producer: z.string().min(1),
    /** Definition changes, in time order; none when the sources report none. */
    breaks: z.array(seriesBreakSchema).default([]),
    sources: sourcesSchema,
  })
  .superRefine((s, ctx) => {
    for (let i = 1; i < s.breaks.length; i++) {
      const before = safeParsePeriod(s.breaks[i - 1]!.period);
      const here = safeParsePeriod(s.breaks[i]!.period);
      // An invalid period is already reported by periodStringSchema.
      if (!before.success || !here.success) continue;
      if (comparePeriods(before.period, here.period) >= 0)
        ctx.addIssue({
          code: "custom",
          path: ["breaks", i, "period"],
          message: `breaks must be in time order without repeats: ${s.breaks[i]!.period} does not come after ${s.breaks[i - 1]!.period}`,
          params: { code: "unordered_breaks" },
        });
    }
  });
/**
 * The definition of one series of an indicator.
 *
 * @example
 * ```ts
 * import type { SeriesDefinition } from "@opptrapping/core";
 * const frequencyOf = (s: SeriesDefinition) => s.frequency;
 * ```
 */
export type SeriesDefinition = DeepReadonly<z.infer<typeof seriesDefinitionSchema>>;
/**
 * A series definition as accepted on input (defaults not yet applied).
 *
 * @example
 * ```ts
 * import type { SeriesDefinitionInput } from "@opptrapping/core";
 * const s: SeriesDefinitionInput = { id: "S", measures: { nb: "Ventetid" }, frequency: "year", producer: "Hdir", sources: [{ doc: "X" }] };
 * ```
 */
export type SeriesDefinitionInput = z.input<typeof seriesDefinitionSchema>;
