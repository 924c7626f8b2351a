import { AdapterError, type Location } from "../AdapterError.js";
import type { Mapping } from "../mapping/mappingSchema.js";
import { parseMapping } from "../mapping/parseMapping.js";
import { ambiguousTCodes } from "../mapping/timeCode.js";
import { unmappedDimensionsError } from "../mapping/unmappedDimensions.js";
import { ABSENT_CATEGORY, jsonStatNativeMapping, keyOfDimensionId, RESERVED_DIMENSIONS } from "./nativeMapping.js";
import type { Cube } from "./types.js";

/** The measure pivot of a mapping on one dataset: the dimension and each measure's position. */
export interface MeasurePlan {
  /** Index of the measure dimension among the dataset's dimensions. */
  readonly dimension: number;
  readonly value: number;
  readonly count?: number;
  readonly numerator?: number;
  readonly denominator?: number;
}

/** A mapping checked against one dataset. */
export interface MappingPlan {
  readonly mapping: Mapping;
  readonly measure?: MeasurePlan;
  /** Set for `jsonStatNativeMapping`: the category meaning "no value for this key". */
  readonly absent?: string;
}

let nativeJson: string | undefined;

/**
 * Whether a validated mapping is `jsonStatNativeMapping` (compared after validation, so key
 * order and defaults do not matter).
 *
 * @example
 * ```ts
 * isNativeMapping(parseMapping(jsonStatNativeMapping)); // true
 * ```
 */
export function isNativeMapping(mapping: Mapping): boolean {
  nativeJson ??= JSON.stringify(parseMapping(jsonStatNativeMapping));
  return JSON.stringify(mapping) === nativeJson;
}

function datasetName(cube: Cube): string {
  return cube.path.length === 0 ? "the dataset" : `the dataset at ${cube.path.join(".")}`;
}

/**
 * Checks a mapping against a dataset before any cell is read: every dimension it names
 * (`from`, `filter`, `measure`) must exist — else AdapterError `unknown_dimension`, naming it
 * and listing the dataset's dimensions — and the measure categories it names must exist
 * (`unknown_category`). The native mapping is expanded to the dataset's disaggregations.
 *
 * @example
 * ```ts
 * planMapping(parseMapping({ indicator: { fixed: "X" }, period: { from: "Tid" } }), cube).measure; // undefined
 * ```
 */
export function planMapping(given: Mapping, cube: Cube, native: boolean): MappingPlan {
  const ids = cube.dimensions.map((d) => d.id);
  if (given.columns) throw new AdapterError("invalid_mapping", "the mapping gives columns, which are for CSV; JSON-stat names its measures with measure: { dimension, value, … }", { path: ["mapping", "columns"] });
  const mapping = native ? nativeFor(cube) : given;
  const has = (id: string): boolean => ids.includes(id);
  const unknown = (id: string, what: string, path: (string | number)[]): AdapterError =>
    new AdapterError("unknown_dimension", `the mapping takes ${what} from dimension "${id}", which ${datasetName(cube)} does not have; its dimensions are ${ids.map((x) => `"${x}"`).join(", ")}`, { dimension: id, path: ["mapping", ...path] } satisfies Location);

  const fields: [string, Mapping["indicator"], (string | number)[]][] = [
    ["the indicator", mapping.indicator, ["indicator"]],
    ["the period", mapping.period, ["period"]],
    ["the org unit", mapping.orgUnit, ["orgUnit"]],
    ...Object.entries(mapping.dimensions).map(([k, spec]): [string, Mapping["indicator"], (string | number)[]] => [`the "${k}" value`, spec, ["dimensions", k]]),
  ];
  for (const [what, spec, path] of fields) if ("from" in spec && !has(spec.from)) throw unknown(spec.from, what, [...path, "from"]);
  for (const key of Object.keys(mapping.filter ?? {})) if (!has(key)) throw unknown(key, "a filter", ["filter", key]);

  const period = mapping.period;
  if ("from" in period && period.unit === undefined && period.map === undefined) {
    const code = ambiguousTCodes(cube.dimensions.find((d) => d.id === period.from)!.codes);
    if (code !== undefined)
      throw new AdapterError("ambiguous_period", `dimension "${period.from}" has the code "${code}", so its T codes are not tertials; give period: { from: "${period.from}", unit: "quarter" } (or "tertial")`, { dimension: period.from, path: ["mapping", "period"] });
  }
  if (!native) {
    const error = unmappedDimensionsError(mapping, cube.dimensions.map((d) => ({ id: d.id, size: d.codes.length })), datasetName(cube));
    if (error) throw error;
  }

  const m = mapping.measure;
  if (!m) return native ? { mapping, absent: ABSENT_CATEGORY } : { mapping };
  const dimension = ids.indexOf(m.dimension);
  if (dimension < 0) throw unknown(m.dimension, "the measures", ["measure", "dimension"]);
  for (const [what, spec, path] of fields)
    if ("from" in spec && spec.from === m.dimension)
      throw new AdapterError("invalid_mapping", `the mapping takes ${what} from "${m.dimension}", its measure dimension; a dimension is either pivoted into measures or read as codes`, { dimension: m.dimension, path: ["mapping", ...path, "from"] });
  if (mapping.filter && Object.hasOwn(mapping.filter, m.dimension))
    throw new AdapterError("invalid_mapping", `the mapping filters on "${m.dimension}", its measure dimension; name the measures in measure instead`, { dimension: m.dimension, path: ["mapping", "filter", m.dimension] });
  const codes = cube.dimensions[dimension]!.codes;
  const position = (role: "value" | "count" | "numerator" | "denominator"): number | undefined => {
    const code = m[role];
    if (code === undefined) return undefined;
    const p = codes.indexOf(code);
    if (p < 0) throw new AdapterError("unknown_category", `the mapping takes the ${role} from category "${code}" of "${m.dimension}", which ${datasetName(cube)} does not have; its categories are ${codes.map((c) => `"${c}"`).join(", ")}`, { dimension: m.dimension, path: ["mapping", "measure", role] });
    return p;
  };
  const value = position("value")!;
  const plan: { -readonly [K in keyof MeasurePlan]: MeasurePlan[K] } = { dimension, value };
  for (const role of ["count", "numerator", "denominator"] as const) {
    const p = position(role);
    if (p !== undefined) plan[role] = p;
  }
  return native ? { mapping, measure: plan, absent: ABSENT_CATEGORY } : { mapping, measure: plan };
}

/** The native mapping expanded to a dataset: every non-reserved dimension is a disaggregation. */
function nativeFor(cube: Cube): Mapping {
  const measure = cube.dimensions.find((d) => d.id === "measure");
  const dims = cube.dimensions
    .filter((d) => !RESERVED_DIMENSIONS.has(d.id))
    .map((d) => [keyOfDimensionId(d.id), { from: d.id }] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 1; i < dims.length; i++)
    if (dims[i]![0] === dims[i - 1]![0])
      throw new AdapterError("invalid_dataset", `dimensions "${dims[i - 1]![1].from}" and "${dims[i]![1].from}" both stand for the disaggregation "${dims[i]![0]}"`, { dimension: dims[i]![1].from, path: [...cube.path, "dimension"] });
  const optional = (["count", "numerator", "denominator"] as const).filter((r) => measure?.codes.includes(r));
  return parseMapping({
    indicator: jsonStatNativeMapping.indicator,
    period: jsonStatNativeMapping.period,
    orgUnit: jsonStatNativeMapping.orgUnit,
    dimensions: Object.fromEntries(dims),
    ...(measure ? { measure: { dimension: "measure", value: "value", ...Object.fromEntries(optional.map((r) => [r, r])) } } : {}),
  });
}
