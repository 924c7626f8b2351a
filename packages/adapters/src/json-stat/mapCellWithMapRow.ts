import { observationSchema, type Observation, type SourceRef } from "@opptrapping/core";
import { AdapterError, type Location } from "../AdapterError.js";
import type { Mapping } from "../mapping/mappingSchema.js";
import { mapRow, type SourceRow } from "../mapping/mapRows.js";
import type { CellInput } from "./compileCellMapper.js";
import type { CubeDimension, JsonPath } from "./types.js";

/** What the slow path needs to know about the dataset and mapping. */
export interface SlowContext {
  readonly mapping: Mapping;
  readonly dimensions: readonly CubeDimension[];
  /** Index of the pivoted measure dimension, −1 without one. */
  readonly measureDim: number;
  readonly path: JsonPath;
  /** Native reads: the category meaning "no value for this key". */
  readonly absent?: string;
  /** Native reads: the source stored once for every observation. */
  readonly defaultSource?: SourceRef;
}

/**
 * Maps one cell the plain way: builds its `SourceRow` (codes on a null-prototype object, the
 * location with cell index and coordinates) and hands it to the shared `mapRow`, then applies
 * native extras and validates the result. The compiled mapper sends here every cell it cannot
 * vouch for, so that errors are exactly `mapRow`'s.
 *
 * @example
 * ```ts
 * mapCellWithMapRow({ mapping, dimensions: cube.dimensions, measureDim: -1, path: [] }, positions, input);
 * // throws AdapterError invalid_period: "2024M13" is not a period or time code … (cell 7 (Region=0301, Tid=2024M13))
 * ```
 */
export function mapCellWithMapRow(context: SlowContext, positions: Int32Array, input: CellInput): Observation | undefined {
  const { mapping, dimensions, measureDim, path, absent, defaultSource } = context;
  const codes: Record<string, string> = Object.create(null) as Record<string, string>;
  const coordinates: Record<string, string> = Object.create(null) as Record<string, string>;
  let omitted = false;
  dimensions.forEach((d, i) => {
    const code = d.codes[positions[i]!]!;
    coordinates[d.id] = code;
    if (i !== measureDim) codes[d.id] = code;
    if (absent !== undefined && code === absent) omitted = true;
  });
  const at: Location = path.length > 0 ? { cell: input.cell, coordinates, path } : { cell: input.cell, coordinates };
  const row: SourceRow = {
    codes,
    value: input.value,
    ...(input.count !== undefined ? { count: input.count } : {}),
    ...(input.numerator !== undefined ? { numerator: input.numerator } : {}),
    ...(input.denominator !== undefined ? { denominator: input.denominator } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
    at,
  };
  // Native absent categories: map with only the disaggregations this cell has.
  const effective = omitted
    ? { ...mapping, dimensions: Object.fromEntries(Object.entries(mapping.dimensions).filter(([, s]) => !("from" in s) || codes[s.from] !== absent)) }
    : mapping;
  const o = mapRow(row, effective);
  if (o === undefined || (input.extra === undefined && defaultSource === undefined)) return o;
  const { flags, source = defaultSource, note } = input.extra ?? {};
  const candidate = { ...o, ...(flags ? { flags } : {}), ...(source ? { source } : {}), ...(note ? { note } : {}) };
  const parsed = observationSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AdapterError("invalid_observation", `the row does not make a valid observation: ${issue.path.join(".")}: ${issue.message}`, at);
  }
  return candidate;
}
