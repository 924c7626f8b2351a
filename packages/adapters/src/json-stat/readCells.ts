import type { Issue, Observation } from "@opptrapping/core";
import type { ReadMode } from "@opptrapping/sdk";
import { AdapterError, type Location } from "../AdapterError.js";
import { preview } from "../text/preview.js";
import { compileCellMapper, type CellInput } from "./compileCellMapper.js";
import type { NativeExtras } from "./nativeExtension.js";
import type { MappingPlan } from "./planMapping.js";
import type { Cube, Report } from "./types.js";

const BAD = Symbol("bad");

/** How many observations a read may make, and whether sparse inputs' unlisted cells become missing observations. */
export interface CellLimits {
  readonly includeMissing: boolean;
  readonly budget: { left: number; readonly limit: number };
}

function numberOf(raw: unknown): number | null | typeof BAD {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : BAD;
  return raw === null || raw === undefined ? null : BAD;
}

/**
 * The cells a read visits when values are sparse: those with a value, status or extra, in
 * order. A native read skips entries that are `null`; a plain read keeps every listed entry
 * (an explicit `null` is a missing value the producer reported).
 */
function occupied(cube: Cube, toOuter: (full: number) => number, extras: NativeExtras | undefined): Float64Array | undefined {
  if (cube.values.kind === "dense" || cube.status.kind === "all") return undefined;
  const set = new Set<number>();
  for (const [i, v] of cube.values.values) if ((v !== null && v !== undefined) || extras === undefined) set.add(toOuter(i));
  if (cube.status.kind === "sparse") for (const i of cube.status.symbols.keys()) set.add(toOuter(i));
  if (cube.status.kind === "dense") cube.status.symbols.forEach((s, i) => s !== null && s !== undefined && set.add(toOuter(i)));
  if (extras) for (const i of extras.cells.keys()) set.add(toOuter(i));
  return Float64Array.from(set).sort();
}

/**
 * Reads a dataset's cells in row-major order (last dimension fastest) into observations: with a
 * measure pivot, the measure dimension's categories give one observation's value, count,
 * numerator and denominator. Values must be numbers or null (`invalid_value`); `null` without
 * a status is missing; status symbols become flags. With native `extras` (`toJsonStat`'s
 * output read with `jsonStatNativeMapping`), cells with no value, status or extra are empty
 * cube cells, not observations. Problems with a cell go to `report` (strict: thrown) or, from
 * the mapper, to `issues` in lenient mode.
 *
 * @example
 * ```ts
 * const observations: Observation[] = [];
 * readCells(cube, planMapping(mapping, cube, false), undefined, "strict", report, [], observations);
 * ```
 */
export function readCells(cube: Cube, plan: MappingPlan, extras: NativeExtras | undefined, mode: ReadMode, report: Report, issues: Issue[], out: Observation[], limits: CellLimits = { includeMissing: false, budget: { left: Number.POSITIVE_INFINITY, limit: Number.POSITIVE_INFINITY } }): void {
  const dims = cube.dimensions;
  const measure = plan.measure;
  const m = measure?.dimension ?? -1;
  const outer = dims.map((_, i) => i).filter((i) => i !== m);
  const sizes = outer.map((i) => dims[i]!.codes.length);
  const strides = outer.map((i) => dims[i]!.stride);
  const outerCount = sizes.reduce((a, b) => a * b, 1);
  if (outerCount === 0) return;
  const mStride = m >= 0 ? dims[m]!.stride : 0;
  const mSpan = m >= 0 ? mStride * dims[m]!.codes.length : 1;
  const offset = (p: number | undefined): number => (p === undefined ? -1 : p * mStride);
  const valueOff = measure ? measure.value * mStride : 0;
  const countOff = offset(measure?.count);
  const numOff = offset(measure?.numerator);
  const denOff = offset(measure?.denominator);
  const toOuter = (full: number): number => (m < 0 ? full : Math.floor(full / mSpan) * mStride + (full % mStride));
  const ordinals = extras || !limits.includeMissing ? occupied(cube, toOuter, extras) : undefined;
  const total = ordinals ? ordinals.length : outerCount;
  if (total > limits.budget.left)
    throw new AdapterError(
      "too_many_cells",
      `the input would make ${cube.path.length > 0 ? "more than " : ""}${total} observations from ${cube.length} cells, above the limit of ${limits.budget.limit}; raise options.maxCells if the input is trusted`,
      cube.path.length > 0 ? { path: cube.path } : {},
    );
  limits.budget.left -= total;

  const mapper = compileCellMapper(plan, dims, cube.path, extras?.source);
  const positions = new Int32Array(dims.length);
  if (measure) positions[m] = measure.value;
  const dense = cube.values.kind === "dense" ? cube.values.values : undefined;
  const sparse = cube.values.kind === "sparse" ? cube.values.values : undefined;
  const status = cube.status;
  // `measurePosition`: which measure the cell is (the value's unless given).
  const at = (cell: number, measurePosition?: number): Location => {
    const coordinates: Record<string, string> = Object.create(null) as Record<string, string>;
    dims.forEach((d, i) => (coordinates[d.id] = d.codes[i === m && measurePosition !== undefined ? measurePosition : positions[i]!]!));
    return cube.path.length > 0 ? { cell, coordinates, path: cube.path } : { cell, coordinates };
  };
  const input: CellInput = { value: null, count: undefined, numerator: undefined, denominator: undefined, status: undefined, cell: 0, extra: undefined };
  const read = (index: number, what: string, measurePosition?: number): number | null | typeof BAD => {
    const raw = dense ? dense[index] : sparse!.get(index);
    const v = numberOf(raw);
    if (v === BAD) report("invalid_value", `${what} of cell ${index} is ${preview(raw)}, not a number (JSON-stat values are numbers or null; symbols belong in status)`, at(index, measurePosition));
    return v;
  };

  // Status symbols of a sparse object: a byte per cell says where to look, so most cells skip the map.
  const flagged = status.kind === "sparse" && !ordinals ? new Uint8Array(cube.length) : undefined;
  if (flagged && status.kind === "sparse") for (const i of status.symbols.keys()) flagged[i] = 1;
  const last = outer.length - 1;
  let base = 0;
  for (let k = 0; k < total; k++) {
    if (ordinals) {
      // Native sparse reads jump to the occupied cells.
      let rem = ordinals[k]!;
      base = 0;
      for (let j = last; j >= 0; j--) {
        const size = sizes[j]!;
        const p = rem % size;
        rem = (rem - p) / size;
        positions[outer[j]!] = p;
        base += p * strides[j]!;
      }
    } else if (k > 0) {
      // Row-major: step the last dimension, carrying into the ones before.
      for (let j = last; j >= 0; j--) {
        const d = outer[j]!;
        base += strides[j]!;
        if (++positions[d]! < sizes[j]!) break;
        positions[d] = 0;
        base -= sizes[j]! * strides[j]!;
      }
    }
    const vi = base + valueOff;
    const value = read(vi, "the value");
    if (value === BAD) continue;
    const count = countOff >= 0 ? read(base + countOff, "the count", measure?.count) : undefined;
    if (count === BAD) continue;
    const numerator = numOff >= 0 ? read(base + numOff, "the numerator", measure?.numerator) : undefined;
    if (numerator === BAD) continue;
    const denominator = denOff >= 0 ? read(base + denOff, "the denominator", measure?.denominator) : undefined;
    if (denominator === BAD) continue;
    let symbol: string | undefined;
    if (status.kind === "all") symbol = status.symbol;
    else if (status.kind !== "none") {
      const s: unknown = status.kind === "dense" ? status.symbols[vi] : flagged && flagged[vi] === 0 ? undefined : status.symbols.get(vi);
      if (typeof s === "string") symbol = s;
      else if (s !== null && s !== undefined) {
        report("invalid_status", `the status of cell ${vi} is ${preview(s)}, not a symbol (a string)`, at(vi));
        continue;
      }
    }
    const extra = extras?.cells.get(vi);
    if (extras && value === null && symbol === undefined && count == null && numerator == null && denominator == null && extra === undefined) continue;
    input.value = value;
    input.count = count;
    input.numerator = numerator;
    input.denominator = denominator;
    input.status = symbol;
    input.cell = vi;
    input.extra = extra;
    try {
      const o = mapper(positions, input);
      if (o !== undefined) out.push(o);
    } catch (error) {
      if (mode === "strict" || !(error instanceof AdapterError)) throw error;
      issues.push(error.toIssue());
    }
  }
}
