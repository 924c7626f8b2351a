import type { Issue, Observation } from "@opptrapping/core";
import type { AdapterReadResult, ReadMode } from "@opptrapping/sdk";
import { AdapterError } from "../AdapterError.js";
import { decodeText, type Encoding } from "../text/decode.js";
import type { CsvRow } from "./CsvTokenizer.js";
import { parseCsvMapping, type CsvMappingInput } from "./csvMapping.js";
import type { NumberStyleOption } from "./parseNumber.js";
import { readHeader } from "./readHeader.js";
import { readRow } from "./readRow.js";
import { resolveNumberStyles } from "./resolveNumberStyles.js";
import { tokenizeCsv } from "./tokenizeCsv.js";

/**
 * Options of {@link fromCsv}.
 *
 * @example
 * ```ts
 * import { fromCsv, type FromCsvOptions } from "@opptrapping/adapters/csv";
 * const ssb: FromCsvOptions = { encoding: "latin1", numberStyle: "nb", mode: "lenient" };
 * fromCsv(bytes, mapping, ssb);
 * ```
 */
export interface FromCsvOptions {
  /** `"strict"` throws the first problem; `"lenient"` reports each bad row and goes on. @default "strict" */
  readonly mode?: ReadMode;
  /** The delimiter, one character. @default detected on the header line: `,` `;` tab or `|` */
  readonly delimiter?: string;
  /** How bytes are decoded; `"auto"` reads UTF-8 when valid, else Latin-1 (SSB's CSV). @default "auto" */
  readonly encoding?: Encoding | "auto";
  /** How numbers are written; `"auto"` decides per column from its values. @default "auto" */
  readonly numberStyle?: NumberStyleOption;
}

/**
 * Reads CSV — SSB's PxWebApi downloads (Latin-1), Helsedirektoratet/NPR exports (`;`,
 * decimal comma, `1 234`), spreadsheets (BOM, CRLF) — into observations with a mapping:
 * `from` names a column for the indicator, period, org unit and dimensions, `columns` the
 * value, count, numerator and denominator columns (and the CSV-only columns of
 * `csvColumnsSchema`). The first row is the header (names trimmed). Numbers are read by
 * `parseNumber`, in a style decided per column (see `resolveNumberStyles`); an empty value
 * cell is a missing value, SSB symbols (`..`, `:`) set the flags. Other cells are taken as
 * written (not trimmed), except that a formula guard is dropped (`'=x` → `=x`, see
 * `restoreCell`); empty lines are skipped.
 *
 * Problems with the file or the mapping as a whole are thrown in both modes: `invalid_mapping`,
 * `invalid_encoding`, `empty_input` (no header), a malformed header, `duplicate_header`,
 * `unknown_dimension` (listing the file's columns). Problems of a row — `ragged_row`,
 * `invalid_quote`, `unterminated_quote`, `invalid_number`, `ambiguous_number`,
 * `invalid_period`, `invalid_org_unit`, `unmapped_code`, `invalid_observation`… — carry its
 * line (and column): strict mode throws the first, lenient mode lists them all as issues.
 *
 * @example
 * ```ts
 * import { fromCsv } from "@opptrapping/adapters/csv";
 * const csv = "Region;Periode;Ventetid\nHelse Vest;2024T2;41,5\n";
 * const { observations } = fromCsv(csv, {
 *   indicator: { fixed: "R5.wait" }, period: { from: "Periode" }, orgUnit: { from: "Region" },
 *   columns: { value: "Ventetid" },
 * });
 * observations[0]; // { indicatorId: "R5.wait", period: "2024T2", orgUnit: "rhf-vest", value: 41.5, … }
 * ```
 */
export function fromCsv(input: string | Uint8Array, mapping: CsvMappingInput, options: FromCsvOptions = {}): AdapterReadResult {
  const mode = options.mode ?? "strict";
  const numberStyle = options.numberStyle ?? "auto";
  if (mode !== "strict" && mode !== "lenient") throw new AdapterError("invalid_option", `mode must be "strict" or "lenient", got ${JSON.stringify(mode)}`);
  if (numberStyle !== "auto" && numberStyle !== "nb" && numberStyle !== "en") {
    throw new AdapterError("invalid_option", `numberStyle must be "auto", "nb" or "en", got ${JSON.stringify(numberStyle)}`);
  }
  const spec = parseCsvMapping(mapping);
  const text = decodeText(input, options.encoding ?? "auto");
  const rows = tokenizeCsv(text, { ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }), onError: "report" });
  const head = rows[0];
  if (head === undefined) throw new AdapterError("empty_input", "the CSV is empty: expected a header line naming the columns");
  if (head.error !== undefined) throw head.error;
  const layout = readHeader(head.fields, spec.mapping, spec.columns, head.line);

  const observations: Observation[] = [];
  const issues: Issue[] = [];
  const report = (error: AdapterError) => {
    if (mode === "strict") throw error;
    issues.push(error.toIssue());
  };
  const body: CsvRow[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.error === undefined) body.push(row);
  }
  const numberColumns = [...new Set([layout.value, ...(layout.wide?.columns.map(([, i]) => i) ?? []), layout.count, layout.numerator, layout.denominator].filter((i) => i >= 0))];
  // A wide file is read once per value column, each with its own layout.
  const layouts = layout.wide ? layout.wide.columns.map(([name, i]) => ({ ...layout, value: i, wideCode: [layout.wide!.name, name] as const })) : [layout];
  const styles = resolveNumberStyles(body, numberColumns, numberStyle);
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.error !== undefined) {
      report(row.error);
      continue;
    }
    for (const l of layouts) {
      try {
        const observation = readRow(row, l, spec.mapping, styles);
        if (observation !== undefined) observations.push(observation);
      } catch (error) {
        if (!(error instanceof AdapterError)) throw error;
        report(error);
      }
    }
  }
  return { observations, issues };
}
