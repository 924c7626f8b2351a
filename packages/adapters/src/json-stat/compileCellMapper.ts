import { idSchema, isOrgUnitId, type Observation, type ObservationFlag, type SourceRef } from "@opptrapping/core";
import type { Mapping } from "../mapping/mappingSchema.js";
import { flagsForStatus } from "../mapping/mapRows.js";
import { recogniseOrgUnit } from "../mapping/orgUnitCode.js";
import { parseTimeCode } from "../mapping/timeCode.js";
import { mapCellWithMapRow, type SlowContext } from "./mapCellWithMapRow.js";
import type { CellExtra } from "./nativeExtension.js";
import type { MappingPlan } from "./planMapping.js";
import type { CubeDimension, JsonPath } from "./types.js";

/** One cell's numbers and status, as the reader found them. */
export interface CellInput {
  value: number | null;
  count: number | null | undefined;
  numerator: number | null | undefined;
  denominator: number | null | undefined;
  status: string | undefined;
  /** Index of the value cell (for locations and native extras). */
  cell: number;
  extra: CellExtra | undefined;
}

/** Maps the cell at `positions` (one per dataset dimension) to an observation, `undefined` when filtered out. */
export type CellMapper = (positions: Int32Array, input: CellInput) => Observation | undefined;

/** A field's value per category of the dimension it comes from (`dim` −1: fixed, in `values[0]`). `undefined`: not resolvable; `null`: absent. */
interface Field {
  readonly dim: number;
  readonly values: readonly (string | null | undefined)[];
}

type Draft = { -readonly [K in keyof Observation]?: Observation[K] };
const get = (codes: Readonly<Record<string, string>> | undefined, key: string): string | undefined => (codes && Object.hasOwn(codes, key) ? codes[key] : undefined);
const DIMS_CACHE_LIMIT = 1 << 16;

function field(spec: Mapping["indicator"], dimensions: readonly CubeDimension[], resolve: (code: string) => string | null | undefined): Field {
  if ("fixed" in spec) return { dim: -1, values: [resolve(spec.fixed)] };
  const dim = dimensions.findIndex((d) => d.id === spec.from);
  const map = spec.map;
  const values = dimensions[dim]!.codes.map((code) => {
    const mapped = map && !(code === "" && !Object.hasOwn(map, "")) ? get(map, code) : code;
    return mapped === undefined ? undefined : resolve(mapped);
  });
  return { dim, values };
}

const valueAt = (f: Field, positions: Int32Array): string | null | undefined => f.values[f.dim < 0 ? 0 : positions[f.dim]!];

/**
 * Compiles a checked mapping for one dataset into a cell mapper that gives exactly what
 * `mapRow` gives (same observations, same errors), much faster: each category's indicator,
 * period, org unit and disaggregation value is resolved and validated once, not per cell, and
 * cells that share dimension values, flags or a source share one frozen object for them. Only
 * a cell the precomputed path cannot vouch for (an unresolvable code, a number out of range)
 * goes through `mapRow` itself, which reports it.
 *
 * `defaultSource` is the source of observations whose mapping and extras give none (the
 * source `toJsonStat` stored once for all).
 *
 * @example
 * ```ts
 * const toObservation = compileCellMapper(planMapping(mapping, cube, false), cube.dimensions, cube.path);
 * toObservation(new Int32Array([0, 1, 5]), { value: 37.5, count: undefined, numerator: undefined, denominator: undefined, status: undefined, cell: 11, extra: undefined });
 * ```
 */
export function compileCellMapper(plan: MappingPlan, dimensions: readonly CubeDimension[], path: JsonPath, defaultSource?: SourceRef): CellMapper {
  const { mapping, absent } = plan;
  const measureDim = plan.measure?.dimension ?? -1;
  const okId = (s: string): string | undefined => (idSchema.safeParse(s).success ? s : undefined);
  const indicator = field(mapping.indicator, dimensions, okId);
  const unit = "unit" in mapping.period ? mapping.period.unit : undefined;
  const period = field(mapping.period, dimensions, (c) => parseTimeCode(c, unit));
  const orgUnit = field(mapping.orgUnit, dimensions, (c) => {
    const o = recogniseOrgUnit(c);
    return o !== undefined && isOrgUnitId(o) ? o : undefined;
  });
  const dimKeys = Object.keys(mapping.dimensions);
  const dimFields = dimKeys.map((k) => {
    const spec = mapping.dimensions[k]!;
    const omit = absent !== undefined && "from" in spec && spec.map === undefined;
    return field(spec, dimensions, (c) => (omit && c === absent ? null : c.length > 0 ? c : null));
  });
  const filters = Object.entries(mapping.filter ?? {}).map(([key, allowed]) => {
    const dim = dimensions.findIndex((d) => d.id === key);
    return { dim, allowed: dimensions[dim]!.codes.map((c) => allowed.includes(c)) };
  });

  // Disaggregation objects, one frozen object per combination of the categories they come from.
  const varying = dimFields.filter((f) => f.dim >= 0);
  const combinations = varying.reduce((n, f) => n * f.values.length, 1);
  const dimsCache: (Readonly<Record<string, string>> | false | undefined)[] = combinations <= DIMS_CACHE_LIMIT ? new Array(combinations).fill(undefined) : [];
  const buildDims = (positions: Int32Array): Readonly<Record<string, string>> | false => {
    const out: Record<string, string> = {};
    for (let i = 0; i < dimFields.length; i++) {
      const v = valueAt(dimFields[i]!, positions);
      if (v === undefined) return false;
      if (v !== null) out[dimKeys[i]!] = v;
    }
    return Object.freeze(out);
  };
  const dimsOf = (positions: Int32Array): Readonly<Record<string, string>> | false => {
    if (combinations > DIMS_CACHE_LIMIT) return buildDims(positions);
    let key = 0;
    for (const f of varying) key = key * f.values.length + positions[f.dim]!;
    return (dimsCache[key] ??= buildDims(positions));
  };

  // Flags exactly as mapRow makes them, one frozen array per status symbol.
  const baseFlags = mapping.flags ?? [];
  const flagsOf = (status: string | undefined): readonly [readonly ObservationFlag[], readonly ObservationFlag[]] => {
    const set = new Set<ObservationFlag>([...baseFlags, ...flagsForStatus(status, mapping.markers)]);
    const withValue = Object.freeze([...set].sort());
    if (!set.has("suppressed")) set.add("missing");
    return [withValue, Object.freeze([...set].sort())];
  };
  const noStatus = flagsOf(undefined);
  const flagCache = new Map<string, readonly [readonly ObservationFlag[], readonly ObservationFlag[]]>();
  const source: SourceRef | undefined = mapping.source ? Object.freeze({ ...mapping.source }) : defaultSource;
  const scale = mapping.scale ?? 1;
  const markers = mapping.markers;

  const context: SlowContext = { mapping, dimensions, measureDim, path, ...(absent !== undefined ? { absent } : {}), ...(defaultSource ? { defaultSource } : {}) };
  const slow = (positions: Int32Array, input: CellInput): Observation | undefined => mapCellWithMapRow(context, positions, input);

  const [iDim, iVals] = [indicator.dim, indicator.values];
  const [pDim, pVals] = [period.dim, period.values];
  const [oDim, oVals] = [orgUnit.dim, orgUnit.values];
  return (positions, input) => {
    for (const f of filters) if (!f.allowed[positions[f.dim]!]) return undefined;
    const indicatorId = iVals[iDim < 0 ? 0 : positions[iDim]!];
    const p = pVals[pDim < 0 ? 0 : positions[pDim]!];
    const o = oVals[oDim < 0 ? 0 : positions[oDim]!];
    const dims = dimsOf(positions);
    if (markers !== undefined && input.status !== undefined && Object.hasOwn(markers, input.status.trim())) return slow(positions, input);
    if (indicatorId == null || p == null || o == null || dims === false) return slow(positions, input);
    let value = input.value;
    if (value !== null) {
      value *= scale;
      if (!Number.isFinite(value)) return slow(positions, input);
    }
    const { count, numerator, denominator, extra } = input;
    if ((count != null && !(count >= 0 && Number.isFinite(count))) || (numerator != null && !(numerator >= 0 && Number.isFinite(numerator))) || (denominator != null && !(denominator >= 0 && Number.isFinite(denominator))))
      return slow(positions, input);
    if (numerator != null && denominator != null && numerator > denominator) return slow(positions, input);
    let flags: readonly ObservationFlag[];
    if (extra?.flags) {
      flags = extra.flags;
      if (value === null && !flags.includes("missing") && !flags.includes("suppressed")) return slow(positions, input);
    } else {
      const pair = input.status === undefined ? noStatus : (flagCache.get(input.status) ?? flagCache.set(input.status, flagsOf(input.status)).get(input.status)!);
      flags = value === null ? pair[1] : pair[0];
    }
    const src = extra?.source ?? source;
    const note = extra?.note;
    if (count == null && numerator == null && denominator == null && src === undefined && note === undefined)
      return { indicatorId, period: p, orgUnit: o, dimensions: dims, value, flags };
    // Properties in observationSchema's order, as mapRow's output has them.
    const draft: Draft = { indicatorId, period: p, orgUnit: o, dimensions: dims, value };
    if (numerator != null) draft.numerator = numerator;
    if (denominator != null) draft.denominator = denominator;
    if (count != null) draft.count = count;
    draft.flags = flags;
    if (src !== undefined) draft.source = src;
    if (note !== undefined) draft.note = note;
    return draft as Observation;
  };
}
