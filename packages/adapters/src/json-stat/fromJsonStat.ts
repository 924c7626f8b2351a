import type { Issue, Observation } from "@opptrapping/core";
import type { AdapterReadResult, ReadMode } from "@opptrapping/sdk";
import { AdapterError, adapterIssue } from "../AdapterError.js";
import type { MappingInput } from "../mapping/mappingSchema.js";
import { parseMapping } from "../mapping/parseMapping.js";
import { preview } from "../text/preview.js";
import { findDatasets, selectDataset } from "./findDatasets.js";
import { readNativeExtension } from "./nativeExtension.js";
import { parseJsonText } from "./parseJsonText.js";
import { isNativeMapping, planMapping } from "./planMapping.js";
import { readCells, type CellLimits } from "./readCells.js";
import { readCube } from "./readCube.js";
import type { Report } from "./types.js";

/**
 * Options of {@link fromJsonStat}.
 *
 * @example
 * ```ts
 * import type { FromJsonStatOptions } from "@opptrapping/adapters/json-stat";
 * const options: FromJsonStatOptions = { mode: "lenient", dataset: "canada", maxCells: 5_000_000 };
 * ```
 */
export interface FromJsonStatOptions {
  /** `strict` throws the first problem; `lenient` reports problems with single cells as issues and reads on. @default "strict" */
  readonly mode?: ReadMode;
  /**
   * Which dataset of a bundle or collection to read: its position (0 first) or its name (a
   * bundle key such as `"canada"`, its `label`, or the last part of its `href`).
   * @default every dataset, in order
   */
  readonly dataset?: number | string;
  /**
   * Whether cells a sparse `value` object leaves out become observations flagged `missing`.
   * By default a sparse input stays sparse: only the cells it lists (and cells with a status)
   * are read. @default false
   */
  readonly includeMissing?: boolean;
  /**
   * The most observations one read may make, so a small input cannot claim millions of cells
   * (AdapterError `too_many_cells`). @default 1 000 000 + 64 per input byte, at most 20 000 000 (10 000 000 for a parsed object)
   */
  readonly maxCells?: number;
}

/**
 * The default cap on observations per read: 1 000 000 plus 64 per input byte, at most
 * 20 000 000; 10 000 000 for an input given as a parsed object.
 *
 * @example
 * ```ts
 * defaultMaxCells(1_500); // 1_096_000
 * ```
 */
export function defaultMaxCells(inputBytes: number | undefined): number {
  return inputBytes === undefined ? 10_000_000 : Math.min(20_000_000, 1_000_000 + 64 * inputBytes);
}

/**
 * Reads JSON-stat 2.0 (SSB's PxWebApi v2 `json-stat2`, FHI's statistics bank) into validated
 * observations with a mapping spec: a dataset, a collection's embedded datasets in order, or
 * a bundle/response whose top level holds datasets (JSON-stat 1.x too). Accepts text, UTF-8
 * bytes or an already parsed object.
 *
 * Cells are read row-major, last dimension fastest. The mapping's `measure` pivots one
 * dimension (e.g. `ContentsCode`) into the value, count, numerator and denominator of one
 * observation. `value` may be dense or sparse, `status` an array, an object or one string;
 * status symbols become flags (`:` suppressed, `..` missing, `p`/`*` provisional) and values
 * stay `null`, never 0; `null` without a status is missing. Observations with the same
 * disaggregation values, flags or source share one frozen object for them.
 *
 * Problems are AdapterErrors with a location (JSON path, cell index and coordinates, or
 * dimension): the input's structure (`invalid_json` with its character position,
 * `not_json_stat`, `size_mismatch`, `id_size_mismatch`, `invalid_category_index`, …) and the
 * mapping's fit (`unknown_dimension`, checked before any cell) always throw; problems with a
 * single cell (`invalid_value`, `invalid_value_index`, `invalid_status`, the mapper's
 * `invalid_period`, `unmapped_code`…) throw in strict mode and become issues in lenient mode.
 *
 * @example
 * ```ts
 * import { fromJsonStat } from "@opptrapping/adapters/json-stat";
 * const { observations } = fromJsonStat(ssbResponseText, {
 *   indicator: { fixed: "R5.wait" },
 *   period: { from: "Tid" },
 *   orgUnit: { from: "Region" },
 *   measure: { dimension: "ContentsCode", value: "Ventetid", count: "Pasienter" },
 * });
 * ```
 */
export function fromJsonStat(input: string | Uint8Array | object, mapping: MappingInput, options: FromJsonStatOptions = {}): AdapterReadResult {
  const mode = options.mode ?? "strict";
  const spec = parseMapping(mapping);
  const root: unknown = typeof input === "string" || input instanceof Uint8Array ? parseJsonText(input) : input;
  const issues: Issue[] = [];
  const report: Report = (code, message, at) => {
    if (mode === "strict") throw new AdapterError(code, message, at);
    issues.push(adapterIssue(code, message, at));
  };
  // Problems with single entries found while reading the structure wait until the mapping is
  // checked, so a wrong mapping is reported before any cell.
  const pending: Parameters<Report>[] = [];
  const found = findDatasets(root);
  const chosen = options.dataset === undefined ? found : [selectDataset(found, options.dataset)];
  const cubes = chosen.map((d) => readCube(d, (...args) => void pending.push(args)));
  const native = isNativeMapping(spec);
  const plans = cubes.map((cube) => planMapping(spec, cube, native));
  for (const args of pending) report(...args);
  const observations: Observation[] = [];
  const bytes = typeof input === "string" ? input.length : input instanceof Uint8Array ? input.byteLength : undefined;
  const maxCells = options.maxCells ?? defaultMaxCells(bytes);
  if (!(maxCells >= 0)) throw new AdapterError("invalid_option", `maxCells must be a number ≥ 0, got ${preview(maxCells)}`, { path: ["options", "maxCells"] });
  const limits: CellLimits = { includeMissing: options.includeMissing === true, budget: { left: maxCells, limit: maxCells } };
  cubes.forEach((cube, i) => readCells(cube, plans[i]!, native ? readNativeExtension(cube) : undefined, mode, report, issues, observations, limits));
  return { observations, issues };
}
