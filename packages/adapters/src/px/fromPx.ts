import type { Issue, Observation } from "@opptrapping/core";
import type { AdapterReadResult, ReadMode } from "@opptrapping/sdk";
import { AdapterError } from "../AdapterError.js";
import type { MappingInput } from "../mapping/mappingSchema.js";
import { mapRow } from "../mapping/mapRows.js";
import { parseMapping } from "../mapping/parseMapping.js";
import { finishObservation } from "./finishObservation.js";
import { NATIVE } from "./nativeFormat.js";
import { pxRows } from "./pxRows.js";
import { readPx } from "./readPx.js";
import { resolveMapping } from "./resolveMapping.js";

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
export function fromPx(input: string | Uint8Array, mapping: MappingInput, options: { readonly mode?: ReadMode } = {}): AdapterReadResult {
  const mode = options.mode ?? "strict";
  const parsed = parseMapping(mapping);
  const { file, issues: cellIssues } = readPx(input, mode === "strict");
  const resolved = resolveMapping(file, parsed);
  const issues: Issue[] = cellIssues.map((e) => e.toIssue());
  const observations: Observation[] = [];
  for (const r of pxRows(file, resolved)) {
    if (r.invalid || (resolved.native && r.raw === NATIVE.noObservation)) continue;
    try {
      const o = mapRow(r.row, parsed);
      if (o) observations.push(finishObservation(o, r, file, resolved.native));
    } catch (error) {
      if (mode === "strict" || !(error instanceof AdapterError)) throw error;
      issues.push(error.toIssue());
    }
  }
  return { observations, issues };
}
