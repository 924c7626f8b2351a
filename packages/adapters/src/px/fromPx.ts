import type { Issue, Observation } from "@opptrapping/core";
import type { AdapterReadResult, ReadMode } from "@opptrapping/sdk";
import { AdapterError } from "../AdapterError.js";
import type { MappingInput } from "../mapping/mappingSchema.js";
import { mapRow } from "../mapping/mapRows.js";
import { parseMapping } from "../mapping/parseMapping.js";
import { finishObservation } from "./finishObservation.js";
import { NATIVE } from "./nativeFormat.js";
import { compilePxMapper } from "./compilePxMapper.js";
import { pxRowAt, pxRowContext } from "./pxRows.js";
import { readPx } from "./readPx.js";
import { resolveMapping } from "./resolveMapping.js";

/**
 * Options of {@link fromPx}.
 *
 * @example
 * ```ts
 * import { fromPx, type FromPxOptions } from "@opptrapping/adapters/px";
 * const options: FromPxOptions = { mode: "lenient", encoding: "iso-8859-1", maxCells: 5_000_000 };
 * ```
 */
export interface FromPxOptions {
  /** `strict` throws the first problem; `lenient` reports bad cells, unmappable rows and unreadable metadata as issues. @default "strict" */
  readonly mode?: ReadMode;
  /**
   * Read the bytes in this encoding whatever the file declares: `utf-8`, `iso-8859-1`,
   * `iso-8859-15`, `windows-1251`… @default the file's CODEPAGE, or UTF-8 when its bytes are
   * UTF-8 against a single-byte declaration (with a `codepage_mismatch` issue)
   */
  readonly encoding?: string;
  /** The most cells the file may have (a KEYS file expands to its full cube). @default 1 000 000 + 64 per input byte, at most 20 000 000 */
  readonly maxCells?: number;
}

/**
 * Reads a PX file into observations with a mapping spec. Cells come in PX order (STUB
 * variables outer, HEADING inner, the last fastest); each cell's `codes` map the variable
 * name (or its VARIABLECODE, e.g. SSB's `Tid`) to its CODES entry, or VALUES entry when the
 * variable has no CODES, so the mapping's `from` names PX variables. The mapping's `measure`
 * pivots the contents variable (e.g. `statistikkvariabel`) into value, count, numerator and
 * denominator. Missing-value symbols become flags through `flagsForStatus` (dots: missing,
 * or what DATASYMBOL1–6 present them as; SSB's `":"`: suppressed), and `"-"`, SSB's and
 * PC-Axis's exact zero, is the value 0 with no flag.
 *
 * Periods are read in the unit of the time variable's TIMEVAL (`2023U29` under W1 is the ISO
 * week 2023W29, `202406` under M1 June 2024, `2013T4` under Q1 a quarter) unless the mapping
 * gives `period.unit`. Without either, T codes that cannot be tertials (`2013T4`) are
 * `ambiguous_period`. A mapping that leaves out a variable of several values is
 * `unmapped_dimension`. Warnings — bytes read as UTF-8 against the declared CODEPAGE, a text
 * running over a line break — are issues in either mode.
 *
 * Strict mode throws the first problem; lenient reports each bad cell and unmappable row as
 * an issue and goes on. Problems with the file's structure (syntax, missing DATA, variables
 * without VALUES, CODES/VALUES counts, DATA length, code page) and mappings naming variables
 * the file lacks (`unknown_dimension`) always throw.
 *
 * @example
 * ```ts
 * import { fromPx } from "@opptrapping/adapters/px";
 * const { observations } = fromPx(bytes, {
 *   indicator: { fixed: "R5.wait" },
 *   period: { from: "måned" },
 *   orgUnit: { from: "region" },
 *   measure: { dimension: "statistikkvariabel", value: "Ventetid" },
 * });
 * ```
 */
export function fromPx(input: string | Uint8Array, mapping: MappingInput, options: FromPxOptions = {}): AdapterReadResult {
  const mode = options.mode ?? "strict";
  const given = parseMapping(mapping);
  const { file, issues: cellIssues } = readPx(input, mode === "strict", {
    ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
    ...(options.maxCells !== undefined ? { maxCells: options.maxCells } : {}),
  });
  const resolved = resolveMapping(file, given);
  const parsed = resolved.mapping;
  const issues: Issue[] = cellIssues.map((e) => e.toIssue());
  const observations: Observation[] = [];
  const context = pxRowContext(file, resolved);
  // Files with ATTRIBUTES take the plain path for every row; the rest the compiled one, the plain path only for rows it cannot vouch for.
  const fast = file.attributes ? undefined : compilePxMapper(context);
  const vars = file.variables;
  const free = context.free;
  const idx = new Int32Array(vars.length);
  // The compiled mapper reads the measure variable at its value category; rows never move it.
  if (resolved.measure) idx[resolved.measure.variable] = resolved.measure.categories.value;
  for (;;) {
    const quick = fast?.(idx);
    if (quick) observations.push(quick);
    else if (quick === undefined) {
      const r = pxRowAt(context, idx);
      if (!(r.invalid || (resolved.native && r.raw === NATIVE.noObservation))) {
        try {
          const o = mapRow(r.row, parsed);
          if (o) observations.push(finishObservation(o, r, file, resolved.native));
        } catch (error) {
          if (mode === "strict" || !(error instanceof AdapterError)) throw error;
          issues.push(error.toIssue());
        }
      }
    }
    let k = free.length - 1;
    for (; k >= 0; k--) {
      const v = free[k]!;
      if (++idx[v]! < vars[v]!.values.length) break;
      idx[v] = 0;
    }
    if (k < 0) break;
  }
  return { observations, issues };
}
