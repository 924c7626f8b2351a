import { idSchema, observationFlagSchema, sourceRefSchema, type DeepReadonly } from "@opptrapping/core";
import * as z from "zod";

const codeMap = z.record(z.string(), z.string().min(1));

/** A value taken from a source dimension or column, optionally recoded by `map`. */
export const fromSourceSchema = z.strictObject({
  /** The source dimension id (JSON-stat, PX) or column name (CSV). */
  from: z.string().min(1),
  /** Source code → our value. Codes missing from a given map are reported, never guessed. */
  map: codeMap.optional(),
});

/** A fixed value, the same for every row. */
export const fixedSchema = z.strictObject({ fixed: z.string().min(1) });

const fixedOrFrom = z.union([fixedSchema, fromSourceSchema]);

/**
 * How a source's dimensions or columns become observations, validated with zod. One spec
 * serves every format: `from` names a JSON-stat/PX dimension or a CSV column.
 *
 * - `indicator`, `period`, `orgUnit`: fixed, or from a dimension/column (with an optional code
 *   map). Periods accept source time codes (`2024`, `2024M06`, `2024K2`, `2024T2`, `2024-06`,
 *   `juni 2025`…); org units accept `NO`/`Hele landet`/`0`, 4-digit municipality numbers (also
 *   `K-0301`, `0301 Oslo`), 2-digit counties, RHF names (`Helse Vest`) and our ids.
 * - `dimensions`: our disaggregations (e.g. `service`, `sex`), each fixed or from the source.
 * - `measure` (cube formats): the dimension whose categories are the measures, and which
 *   category gives the value, count, numerator and denominator.
 * - `columns` (CSV): which columns hold the value, count, numerator and denominator.
 * - `scale`: multiply values (e.g. 7 for weeks → days, 100 for share → percent).
 * - `filter`: keep only rows whose source codes are listed (the rest are skipped on purpose).
 * - `flags`, `source`: added to every observation.
 */
export const mappingSchema = z
  .strictObject({
    indicator: fixedOrFrom,
    period: fixedOrFrom,
    orgUnit: fixedOrFrom.default({ fixed: "NO" }),
    dimensions: z.record(idSchema, fixedOrFrom).default({}),
    measure: z
      .strictObject({
        dimension: z.string().min(1),
        value: z.string().min(1),
        count: z.string().min(1).optional(),
        numerator: z.string().min(1).optional(),
        denominator: z.string().min(1).optional(),
      })
      .optional(),
    columns: z
      .strictObject({
        value: z.string().min(1),
        count: z.string().min(1).optional(),
        numerator: z.string().min(1).optional(),
        denominator: z.string().min(1).optional(),
      })
      .optional(),
    scale: z.number().finite().positive().optional(),
    filter: z.record(z.string(), z.array(z.string()).min(1)).optional(),
    flags: z.array(observationFlagSchema).optional(),
    source: sourceRefSchema.optional(),
  })
  .refine((m) => !(m.measure && m.columns), { message: "give either `measure` (cube formats) or `columns` (CSV), not both" });

/** A validated mapping spec. */
export type Mapping = DeepReadonly<z.output<typeof mappingSchema>>;
/** A mapping spec as written (defaults not applied). */
export type MappingInput = z.input<typeof mappingSchema>;
