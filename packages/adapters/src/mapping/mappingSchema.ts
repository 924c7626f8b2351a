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
 * The time units a period code can be read in (`unit` of the period spec).
 *
 * @example
 * ```ts
 * import { TIME_UNITS } from "@opptrapping/adapters";
 * TIME_UNITS.includes("week"); // true
 * ```
 */
export const TIME_UNITS = ["year", "half", "tertial", "quarter", "month", "week", "day"] as const;
/**
 * A time unit of {@link TIME_UNITS}.
 *
 * @example
 * ```ts
 * import type { TimeUnit } from "@opptrapping/adapters";
 * const unit: TimeUnit = "quarter";
 * ```
 */
export type TimeUnit = (typeof TIME_UNITS)[number];

/**
 * The period: fixed, or from a dimension/column with an optional `unit` that says how its codes
 * read — `2013T1` is a quarter with `unit: "quarter"` (INE's trimestre, also `2005TI`), a
 * tertial with `unit: "tertial"`; `202406` a month with `unit: "month"`; `2023U29` a week.
 * PX files give the unit by TIMEVAL; without either, `T1`–`T3` are tertials and a code that
 * cannot be one (`T4`, `TIV`) is an error asking for the unit.
 *
 * @example
 * ```ts
 * import { periodSpecSchema } from "@opptrapping/adapters";
 * periodSpecSchema.parse({ from: "Periodo", unit: "quarter" });
 * ```
 */
export const periodSpecSchema = z.union([fixedSchema, fromSourceSchema.extend({ unit: z.enum(TIME_UNITS).optional() })]);

/**
 * What a source's own marker in a value or status cell means (NAV's `*`: suppressed).
 *
 * @example
 * ```ts
 * import { markerMeaningSchema } from "@opptrapping/adapters";
 * markerMeaningSchema.parse("suppressed");
 * ```
 */
export const markerMeaningSchema = z.enum(["missing", "suppressed", "provisional", "zero"]);

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
 * - `markers`: a source's own missing/suppressed markers (`{ "*": "suppressed" }`).
 * - `flags`, `source`: added to every observation.
 */
export const mappingSchema = z
  .strictObject({
    indicator: fixedOrFrom,
    period: periodSpecSchema,
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
    /**
     * A source's own markers in value cells (CSV) or status symbols (JSON-stat, PX), and what
     * they mean: `{ "*": "suppressed" }` for NAV. They take precedence over SSB's symbols.
     * `missing` and `suppressed` give a null value with that flag, `provisional` keeps the
     * value and flags it, `zero` is the value 0.
     */
    markers: z.record(z.string().min(1).max(20), markerMeaningSchema).optional(),
    filter: z.record(z.string(), z.array(z.string()).min(1)).optional(),
    flags: z.array(observationFlagSchema).optional(),
    source: sourceRefSchema.optional(),
  })
  .refine((m) => !(m.measure && m.columns), { message: "give either `measure` (cube formats) or `columns` (CSV), not both" });

/** A validated mapping spec. */
export type Mapping = DeepReadonly<z.output<typeof mappingSchema>>;
/** A mapping spec as written (defaults not applied). */
export type MappingInput = z.input<typeof mappingSchema>;
