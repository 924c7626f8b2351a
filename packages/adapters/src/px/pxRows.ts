import type { SourceRow } from "../mapping/mapRows.js";
import { codesOf, strides } from "./cube.js";
import type { ResolvedMapping } from "./resolveMapping.js";
import { classifyDatum } from "./scanData.js";
import type { PxFile } from "./types.js";

/** A source row of a PX file, with what the PX reader needs beside it. */
export interface PxRow {
  readonly row: SourceRow;
  /** The value cell as written (a number or a symbol such as `".."`). */
  readonly raw: number | string;
  /** One of its cells is neither a number nor a symbol (reported when the file was read). */
  readonly invalid: boolean;
  /** The value cell's codes joined by U+0000, STUB then HEADING: its ATTRIBUTES key. */
  readonly key: string;
}

type Cell = { readonly value: number | null; readonly status?: string } | undefined;

// "-" is SSB's (and PC-Axis's) exact zero; dots are missing, presented through DATASYMBOLn when declared.
function cell(file: PxFile, raw: number | string | undefined): Cell {
  if (raw === undefined) return { value: null };
  if (typeof raw === "number") return { value: raw };
  if (classifyDatum(raw) === undefined) return undefined;
  if (raw === "-") return { value: 0, status: "-" };
  return { value: null, status: Object.hasOwn(file.dataSymbols, raw) ? file.dataSymbols[raw]! : raw };
}

/** What building a row needs, worked out once per file. */
export interface PxRowContext {
  readonly file: PxFile;
  readonly resolved: ResolvedMapping;
  /** Each variable's codes (CODES, or VALUES without them). */
  readonly codes: readonly (readonly string[])[];
  /** Row-major strides of the variables. */
  readonly strides: readonly number[];
  /** The variables a row walks over: all but the measure variable. */
  readonly free: readonly number[];
  /** VARIABLECODE aliases (those no variable is named) → variable index. */
  readonly aliases: readonly (readonly [string, number])[];
}

/**
 * Works out once what {@link pxRowAt} needs for a file and mapping.
 *
 * @example
 * ```ts
 * pxRowContext(file, resolveMapping(file, mapping)).strides; // [8, 4, 1]
 * ```
 */
export function pxRowContext(file: PxFile, resolved: ResolvedMapping): PxRowContext {
  const vars = file.variables;
  const m = resolved.measure;
  return {
    file,
    resolved,
    codes: vars.map(codesOf),
    strides: strides(vars.map((v) => v.values.length)),
    free: vars.map((_, k) => k).filter((k) => k !== m?.variable),
    aliases: vars.flatMap((v, k) => (v.code !== undefined && !vars.some((w) => w.name === v.code) ? [[v.code, k] as const] : [])),
  };
}

/**
 * The row at category positions `idx` (one per variable; the measure variable's entry is
 * ignored, its value category is used), as {@link pxRows} gives it.
 *
 * @example
 * ```ts
 * pxRowAt(pxRowContext(file, resolved), [0, 1]).row.codes; // { region: "0301", år: "2024" }
 * ```
 */
export function pxRowAt(context: PxRowContext, idx: ArrayLike<number>): PxRow {
  const { file, codes, aliases } = context;
  const st = context.strides;
  const vars = file.variables;
  const m = context.resolved.measure;
  const at = (k: number): number => (m && k === m.variable ? m.categories.value : idx[k]!);
  let base = 0;
  const coordinates: Record<string, string> = Object.create(null) as Record<string, string>;
  vars.forEach((v, k) => {
    base += at(k) * st[k]!;
    coordinates[v.name] = codes[k]![at(k)]!;
  });
  const rowCodes: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, coordinates);
  for (const [alias, k] of aliases) rowCodes[alias] = codes[k]![at(k)]!;
  const raw = file.data[base]!;
  const value = cell(file, raw);
  const extra: { count?: number | null; numerator?: number | null; denominator?: number | null } = {};
  let invalid = value === undefined;
  if (m) {
    const from = base - m.categories.value * st[m.variable]!;
    for (const key of ["count", "numerator", "denominator"] as const) {
      const category = m.categories[key];
      if (category === undefined) continue;
      const c = cell(file, file.data[from + category * st[m.variable]!]);
      if (c === undefined) invalid = true;
      else extra[key] = c.value;
    }
  }
  const row: SourceRow = {
    codes: rowCodes,
    value: value?.value ?? null,
    ...extra,
    ...(value?.status !== undefined ? { status: value.status } : {}),
    at: { cell: base, coordinates },
  };
  return { row, raw, invalid, key: file.attributes ? vars.map((_, k) => codes[k]![at(k)]!).join("\u0000") : "" };
}

/**
 * The rows of a PX file in PX order (STUB outer, HEADING inner, last fastest): one per cell,
 * or — with the mapping's `measure` — one per combination of the other variables, the
 * measure's categories giving value, count, numerator and denominator. Each row's `codes`
 * hold variable name → CODES entry (VALUES when there are no CODES), and the VARIABLECODE as
 * an alias, in a prototype-free object; `at` gives the value cell's index and coordinates.
 *
 * @example
 * ```ts
 * [...pxRows(file, resolveMapping(file, mapping))][0]?.row.codes; // { region: "0301", år: "2024" }
 * ```
 */
export function* pxRows(file: PxFile, resolved: ResolvedMapping): Generator<PxRow> {
  const context = pxRowContext(file, resolved);
  const vars = file.variables;
  const free = context.free;
  const idx = vars.map(() => 0);
  for (;;) {
    yield pxRowAt(context, idx);
    let k = free.length - 1;
    for (; k >= 0; k--) {
      const v = free[k]!;
      if (++idx[v]! < vars[v]!.values.length) break;
      idx[v] = 0;
    }
    if (k < 0) return;
  }
}
