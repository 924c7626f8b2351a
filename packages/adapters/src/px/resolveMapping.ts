import { AdapterError } from "../AdapterError.js";
import type { Mapping } from "../mapping/mappingSchema.js";
import { codesOf } from "./cube.js";
import type { TimeUnit } from "../mapping/mappingSchema.js";
import { ambiguousTCodes } from "../mapping/timeCode.js";
import { unmappedDimensionsError } from "../mapping/unmappedDimensions.js";
import { isNativeMapping } from "./pxNativeMapping.js";
import type { PxFile, PxTimeUnit } from "./types.js";

/** Category positions of the measure variable, by what they give. */
export interface MeasureCategories {
  readonly value: number;
  readonly count?: number;
  readonly numerator?: number;
  readonly denominator?: number;
}

/** A mapping checked against a file: where its measure is, and whether it is the native mapping. */
export interface ResolvedMapping {
  readonly mapping: Mapping;
  readonly native: boolean;
  readonly measure?: { readonly variable: number; readonly categories: MeasureCategories };
}

/**
 * A variable by its name, else by its VARIABLECODE (so `Tid` finds SSB's `måned`).
 *
 * @example
 * ```ts
 * findVariable(parsePx(ssbBytes), "Tid"); // 2, the variable "år" whose VARIABLECODE is Tid
 * ```
 */
export function findVariable(file: PxFile, name: string): number | undefined {
  const byName = file.variables.findIndex((v) => v.name === name);
  if (byName !== -1) return byName;
  const byCode = file.variables.findIndex((v) => v.code === name);
  return byCode === -1 ? undefined : byCode;
}

function describe(file: PxFile): string {
  return file.variables.map((v) => `"${v.name}"${v.code !== undefined && v.code !== v.name ? ` (${v.code})` : ""}`).join(", ");
}

/**
 * Checks that every variable a mapping names is in the file — `unknown_dimension` listing the
 * file's variables otherwise — and finds the measure categories (by code, else by value
 * text; `unknown_category` listing the codes otherwise). A CSV `columns` spec is
 * `invalid_mapping`: a PX file is a cube, pivoted with `measure`. These always throw.
 *
 * @example
 * ```ts
 * resolveMapping(file, parseMapping({ indicator: { fixed: "R5" }, period: { from: "Tid" } })).native; // false
 * ```
 */
export function resolveMapping(file: PxFile, given: Mapping): ResolvedMapping {
  const mapping = given;
  if (mapping.columns) throw new AdapterError("invalid_mapping", "`columns` is for CSV; a PX file is a cube: pivot its contents variable with `measure`", { path: ["mapping", "columns"] });
  const named: [string, (string | number)[]][] = [];
  for (const key of ["indicator", "period", "orgUnit"] as const) {
    const spec = mapping[key];
    if ("from" in spec) named.push([spec.from, ["mapping", key, "from"]]);
  }
  for (const [id, spec] of Object.entries(mapping.dimensions)) if ("from" in spec) named.push([spec.from, ["mapping", "dimensions", id, "from"]]);
  for (const key of Object.keys(mapping.filter ?? {})) named.push([key, ["mapping", "filter", key]]);
  if (mapping.measure) named.push([mapping.measure.dimension, ["mapping", "measure", "dimension"]]);
  for (const [name, path] of named)
    if (findVariable(file, name) === undefined)
      throw new AdapterError("unknown_dimension", `the mapping names the variable "${name}", which the file does not have; its variables are ${describe(file)}`, { dimension: name, path });

  const native = isNativeMapping(given);
  const timed = withTimevalUnit(file, mapping);
  if (!native) {
    const error = unmappedDimensionsError(timed, file.variables.map((v) => ({ id: v.name, size: v.values.length, ...(v.code !== undefined ? { aliases: [v.code] } : {}) })), "the file");
    if (error) throw error;
  }
  if (!timed.measure) return { mapping: timed, native };
  const variable = findVariable(file, timed.measure.dimension)!;
  const v = file.variables[variable]!;
  const find = (category: string, key: string): number => {
    const byCode = codesOf(v).indexOf(category);
    const index = byCode !== -1 ? byCode : v.values.indexOf(category);
    if (index === -1)
      throw new AdapterError("unknown_category", `the mapping's measure.${key} is "${category}", which "${v.name}" does not have; its codes are ${codesOf(v).map((c) => `"${c}"`).join(", ")}`, {
        dimension: v.name,
        path: ["mapping", "measure", key],
      });
    return index;
  };
  const m = timed.measure;
  const categories: MeasureCategories = {
    value: find(m.value, "value"),
    ...(m.count !== undefined ? { count: find(m.count, "count") } : {}),
    ...(m.numerator !== undefined ? { numerator: find(m.numerator, "numerator") } : {}),
    ...(m.denominator !== undefined ? { denominator: find(m.denominator, "denominator") } : {}),
  };
  return { mapping: timed, native, measure: { variable, categories } };
}

const UNIT_OF: Readonly<Record<PxTimeUnit, TimeUnit>> = { A1: "year", H1: "half", T1: "tertial", Q1: "quarter", M1: "month", W1: "week", D1: "day" };

/**
 * The mapping with the period's unit taken from the time variable's TIMEVAL when the mapping
 * gives none (and no code map); without a TIMEVAL, a variable whose T codes cannot be
 * tertials (`2013T4`) is `ambiguous_period`.
 */
function withTimevalUnit(file: PxFile, mapping: Mapping): Mapping {
  const period = mapping.period;
  if (!("from" in period) || period.unit !== undefined || period.map !== undefined) return mapping;
  const v = file.variables[findVariable(file, period.from)!]!;
  if (v.timeval) return { ...mapping, period: { ...period, unit: UNIT_OF[v.timeval.unit] } };
  const code = ambiguousTCodes(codesOf(v));
  if (code !== undefined)
    throw new AdapterError("ambiguous_period", `the variable "${v.name}" has the time code "${code}", so its T codes are not tertials (T1–T3); the file has no TIMEVAL to say, so give period: { from: "${period.from}", unit: "quarter" } (or "tertial")`, { dimension: v.name, path: ["mapping", "period"] });
  return mapping;
}
